package org.oversight.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A block of a section: a paragraph, a bulleted list, a definition list, a table, a figure (an SVG
 * chart with its text alternative and its data as a table), a note, or a hint that a new page should
 * start here (in the PDF and Word; ignored on screen). Every renderer handles every kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.BulletList.class, name = "bullet-list"),
    @JsonSubTypes.Type(value = Block.DefinitionList.class, name = "definition-list"),
    @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
    @JsonSubTypes.Type(value = Block.Figure.class, name = "figure"),
    @JsonSubTypes.Type(value = Block.Note.class, name = "note"),
    @JsonSubTypes.Type(value = Block.PageBreak.class, name = "page-break")
})
public sealed interface Block {

    /** The name templates switch on, as in the JSON: {@code paragraph}, {@code table} … */
    @JsonIgnore
    String kind();

    /** A paragraph of plain text. */
    static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Inline.text(text)));
    }

    /** A paragraph of runs: {@code paragraph(text("Overall "), strong("confidence rose"), text("."))}. */
    static Paragraph paragraph(Inline... content) {
        return new Paragraph(List.of(content));
    }

    /**
     * Plain text as typed in a form: paragraphs separated by blank lines, each paragraph's lines
     * joined by spaces. Blank text gives no paragraphs.
     */
    static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String part : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String joined = String.join(
                            " ",
                            Arrays.stream(part.split("\n"))
                                    .map(String::strip)
                                    .filter(line -> !line.isEmpty())
                                    .toList())
                    .strip();
            if (!joined.isEmpty()) {
                blocks.add(paragraph(joined));
            }
        }
        return blocks;
    }

    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public String kind() {
            return "paragraph";
        }
    }

    /** A bulleted list; each item is a run of inlines. */
    record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "bullet-list";
        }
    }

    /** Terms and what they mean ("Lead: ACC Local Policing", "Cadence: 6 monthly"). */
    record DefinitionList(List<Definition> entries) implements Block {
        public DefinitionList {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "definition-list";
        }
    }

    record Definition(String term, List<Inline> description) {
        public Definition {
            Objects.requireNonNull(term, "term");
            description = List.copyOf(description);
        }

        public static Definition of(String term, String description) {
            return new Definition(term, List.of(Inline.text(description)));
        }
    }

    /**
     * A table with a caption, a header row and rows of cells already written as they should read
     * ("+8.6%", "569"). Numeric columns are right-aligned with figures of equal width. With
     * {@code rowHeaders} the first cell of each row heads its row.
     */
    record Table(String caption, List<Column> columns, List<List<String>> rows, boolean rowHeaders) implements Block {
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    record Column(String heading, boolean numeric) {
        public Column {
            Objects.requireNonNull(heading, "heading");
        }

        public static Column text(String heading) {
            return new Column(heading, false);
        }

        public static Column number(String heading) {
            return new Column(heading, true);
        }
    }

    /**
     * A chart: a server-rendered SVG (drawn as vectors in the PDF, as a picture in Word), its text
     * alternative (what a reader who cannot see it needs to know), and its figures as a table, which
     * every format shows beside it.
     */
    record Figure(String caption, String svg, String textAlternative, Table data) implements Block {
        public Figure {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(textAlternative, "textAlternative");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String kind() {
            return "figure";
        }
    }

    /** A note set apart from the text, with a label ("Required", "Correction", "Note"). */
    record Note(String label, List<Inline> content) implements Block {
        public Note {
            Objects.requireNonNull(label, "label");
            content = List.copyOf(content);
        }

        @Override
        public String kind() {
            return "note";
        }
    }

    /**
     * A new page starts here in the PDF and in Word (nothing on screen). As a section's first block
     * it means that the section, heading and all, starts on a new page.
     */
    record PageBreak() implements Block {
        @Override
        public String kind() {
            return "page-break";
        }
    }
}
