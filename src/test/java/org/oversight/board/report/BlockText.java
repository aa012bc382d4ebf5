package org.oversight.board.report;

import java.util.stream.Collectors;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;

/** A block's words, for tests that look for text. */
final class BlockText {

    private BlockText() {}

    static String of(Block block) {
        if (block instanceof Block.Paragraph p) {
            return inlines(p.content());
        }
        if (block instanceof Block.BulletList list) {
            return list.items().stream().map(BlockText::inlines).collect(Collectors.joining("\n"));
        }
        if (block instanceof Block.DefinitionList list) {
            return list.entries().stream()
                    .map(d -> d.term() + ": " + inlines(d.description()))
                    .collect(Collectors.joining("\n"));
        }
        if (block instanceof Block.Table table) {
            return table.caption() + "\n"
                    + table.rows().stream().map(row -> String.join(" | ", row)).collect(Collectors.joining("\n"));
        }
        if (block instanceof Block.Figure figure) {
            return figure.caption() + "\n" + figure.textAlternative() + "\n" + of(figure.data());
        }
        if (block instanceof Block.Note note) {
            return note.label() + ": " + inlines(note.content());
        }
        return "";
    }

    static String inlines(java.util.List<Inline> inlines) {
        return inlines.stream().map(Inline::text).collect(Collectors.joining());
    }
}
