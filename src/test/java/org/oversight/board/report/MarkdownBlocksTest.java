package org.oversight.board.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;

/** An update's Markdown as report blocks. */
class MarkdownBlocksTest {

    @Test
    void paragraphsSubHeadingsAndListsBecomeBlocks() {
        List<Block> blocks = MarkdownBlocks.of(
                "First line\ncontinues.\n\n### Training\n\n- one\n- two\n\n1. first\n2. second\nAfter.");

        assertThat(blocks)
                .containsExactly(
                        Block.paragraph("First line continues."),
                        Block.paragraph(Inline.strong("Training")),
                        new Block.BulletList(List.of(
                                List.of(Inline.text("one")),
                                List.of(Inline.text("two")),
                                List.of(Inline.text("1. first")),
                                List.of(Inline.text("2. second")))),
                        Block.paragraph("After."));
    }
}
