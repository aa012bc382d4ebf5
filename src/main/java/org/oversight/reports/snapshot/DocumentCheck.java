package org.oversight.reports.snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oversight.reports.Block;
import org.oversight.reports.Dataset;
import org.oversight.reports.Document;
import org.oversight.reports.DocumentRefused;
import org.oversight.reports.Inline;
import org.oversight.reports.Section;

/**
 * Whether a document can be stored and rendered in every format. Each problem says where it is, e.g.
 * {@code section 'performance' › block 2 (table 'Crimes by month') › row 3: 4 cells, but the table
 * has 5 columns}.
 */
public final class DocumentCheck {

    /** Sections nest at most this deep (h2 to h4 on screen, Heading 1 to 3 in Word). */
    public static final int MAX_DEPTH = 3;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("(https?://|mailto:)\\S+");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> sectionIds = new HashSet<>();
    private final List<String[]> internalLinks = new ArrayList<>();

    private DocumentCheck() {}

    /** Throws {@link DocumentRefused} listing every problem, or returns when there is none. */
    public static void requireValid(Document document) {
        List<String> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new DocumentRefused(problems);
        }
    }

    public static List<String> problems(Document document) {
        DocumentCheck check = new DocumentCheck();
        check.document(document);
        return check.problems;
    }

    private void document(Document document) {
        text("the title", document.title(), true);
        text("the subtitle", document.subtitle(), false);
        text("the publisher", document.publisher(), false);
        if (!LANGUAGE.matcher(document.language()).matches()) {
            problems.add("the language '" + document.language() + "' is not a language tag such as en-GB or cy");
        }
        for (Section section : document.sections()) {
            section(section, "", 1);
        }
        for (String[] link : internalLinks) {
            if (!sectionIds.contains(link[1].substring(1))) {
                problems.add(link[0] + ": the link to '" + link[1] + "' names no section of this document");
            }
        }
        Set<String> names = new HashSet<>();
        for (Dataset dataset : document.datasets()) {
            dataset(dataset, names);
        }
    }

    private void section(Section section, String parent, int depth) {
        String where = parent + "section '" + section.id() + "'";
        if (!ID.matcher(section.id()).matches()) {
            problems.add(where + ": the id must be lower-case letters, digits and hyphens (at most 80)");
        } else if (section.id().startsWith("report-")) {
            problems.add(where + ": ids starting 'report-' are kept for the report's own parts (contents, about)");
        } else if (!sectionIds.add(section.id())) {
            problems.add(where + ": another section has the same id");
        }
        text(where + " heading", section.heading(), true);
        if (depth > MAX_DEPTH) {
            problems.add(where + ": sections nest at most " + MAX_DEPTH + " deep");
        }
        for (int i = 0; i < section.blocks().size(); i++) {
            block(section.blocks().get(i), where + " › block " + (i + 1));
        }
        for (Section subsection : section.sections()) {
            section(subsection, where + " › ", depth + 1);
        }
    }

    private void block(Block block, String where) {
        if (block instanceof Block.Paragraph paragraph) {
            if (paragraph.content().isEmpty()) {
                problems.add(where + " (paragraph): a paragraph needs some text");
            }
            inlines(paragraph.content(), where + " (paragraph)");
        } else if (block instanceof Block.BulletList list) {
            if (list.items().isEmpty()) {
                problems.add(where + " (list): a list needs at least one item");
            }
            for (int i = 0; i < list.items().size(); i++) {
                inlines(list.items().get(i), where + " (list) › item " + (i + 1));
            }
        } else if (block instanceof Block.DefinitionList definitions) {
            for (Block.Definition definition : definitions.entries()) {
                text(where + " (definitions) term", definition.term(), true);
                inlines(definition.description(), where + " (definitions) › '" + definition.term() + "'");
            }
        } else if (block instanceof Block.Table table) {
            table(table, where + " (table '" + table.caption() + "')");
        } else if (block instanceof Block.Figure figure) {
            String at = where + " (figure '" + figure.caption() + "')";
            text(at + " caption", figure.caption(), true);
            text(at + " text alternative", figure.textAlternative(), true);
            for (String problem : SvgCheck.problems(figure.svg())) {
                problems.add(at + ": " + problem);
            }
            table(figure.data(), at + " › data table");
        } else if (block instanceof Block.Note note) {
            text(where + " (note) label", note.label(), true);
            inlines(note.content(), where + " (note)");
        }
    }

    private void table(Block.Table table, String where) {
        text(where + " caption", table.caption(), true);
        if (table.columns().isEmpty()) {
            problems.add(where + ": a table needs at least one column");
            return;
        }
        for (Block.Column column : table.columns()) {
            text(where + " column heading", column.heading(), true);
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.size() != table.columns().size()) {
                problems.add(where + " › row " + (i + 1) + ": " + row.size() + " cells, but the table has "
                        + table.columns().size() + " columns");
            }
            for (String cell : row) {
                text(where + " › row " + (i + 1), cell, false);
            }
        }
    }

    private void inlines(List<Inline> inlines, String where) {
        for (Inline inline : inlines) {
            text(where, inline.text(), false);
            if (inline instanceof Inline.Link link) {
                if (link.href().startsWith("#")) {
                    internalLinks.add(new String[] {where, link.href()});
                } else if (!EXTERNAL_LINK.matcher(link.href()).matches()) {
                    problems.add(where + ": the link '" + link.href()
                            + "' must start with https://, http://, mailto: or # (a section of this document)");
                }
            }
        }
    }

    private void dataset(Dataset dataset, Set<String> names) {
        String where = "dataset '" + dataset.name() + "'";
        if (!ID.matcher(dataset.name()).matches()) {
            problems.add(where + ": the name must be lower-case letters, digits and hyphens (at most 80)");
        } else if (!names.add(dataset.name())) {
            problems.add(where + ": another dataset has the same name");
        }
        text(where + " title", dataset.title(), true);
        if (dataset.columns().isEmpty()) {
            problems.add(where + ": a dataset needs at least one column");
        }
        for (int i = 0; i < dataset.rows().size(); i++) {
            if (dataset.rows().get(i).size() != dataset.columns().size()) {
                problems.add(where + " › row " + (i + 1) + ": "
                        + dataset.rows().get(i).size() + " values, but the dataset has "
                        + dataset.columns().size() + " columns");
            }
        }
    }

    /** Text must be present when required, and free of characters that XML (and so the PDF) cannot carry. */
    private void text(String where, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(where + " is empty");
            }
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                problems.add(where + ": contains the control character U+" + String.format("%04X", (int) c)
                        + " at position " + (i + 1));
                return;
            }
        }
    }
}
