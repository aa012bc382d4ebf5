package org.oversight.reports.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.Inline;
import org.oversight.reports.Section;

/** Narrative sections: their text in words, and keeping what people wrote when a draft is rebuilt. */
public final class Narratives {

    private Narratives() {}

    /** The words of blocks, paragraphs separated by blank lines (for the audit trail and for forms). */
    public static String text(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                parts.add(words(paragraph.content()));
            } else if (block instanceof Block.BulletList list) {
                parts.add(list.items().stream().map(item -> "- " + words(item)).collect(Collectors.joining("\n")));
            } else if (block instanceof Block.Note note) {
                parts.add(note.label() + ": " + words(note.content()));
            } else if (block instanceof Block.DefinitionList definitions) {
                parts.add(definitions.entries().stream()
                        .map(entry -> entry.term() + ": " + words(entry.description()))
                        .collect(Collectors.joining("\n")));
            } else if (block instanceof Block.Table table) {
                parts.add("[table: " + table.caption() + "]");
            } else if (block instanceof Block.Figure figure) {
                parts.add("[figure: " + figure.caption() + "]");
            }
        }
        return String.join("\n\n", parts);
    }

    static String words(List<Inline> inlines) {
        return inlines.stream().map(Inline::text).collect(Collectors.joining());
    }

    /**
     * The rebuilt document with the blocks people wrote carried over: each section in
     * {@code editedSections} that is still a narrative section keeps its blocks from {@code previous}.
     * Returns the sections that were carried over.
     */
    static Carried carryOver(Document previous, Document rebuilt, List<String> editedSections) {
        Document result = rebuilt;
        List<String> kept = new ArrayList<>();
        for (String sectionId : editedSections) {
            boolean stillNarrative =
                    rebuilt.section(sectionId).map(Section::narrative).orElse(false);
            if (stillNarrative) {
                List<Block> written = previous.section(sectionId).orElseThrow().blocks();
                result = result.withSectionBlocks(sectionId, written);
                kept.add(sectionId);
            }
        }
        return new Carried(result, kept);
    }

    record Carried(Document document, List<String> editedSections) {}
}
