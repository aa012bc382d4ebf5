package org.oversight.board.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;

/**
 * An update's narrative (Markdown, as leads write it and the example cycle stores it) as report
 * blocks: paragraphs, its sub-headings ({@code ###}) as paragraphs in bold (the report's headings
 * stop at the milestone), and bulleted and numbered lists (numbers kept in the text).
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+[.)])\\s+(.*)$");

    private MarkdownBlocks() {}

    static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<List<Inline>> items = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (line.isEmpty() || heading.matches() || bullet.matches() || numbered.matches()) {
                flushParagraph(paragraph, blocks);
            }
            if (!heading.matches() && !bullet.matches() && !numbered.matches() && !items.isEmpty()) {
                if (line.isEmpty()) {
                    continue;
                }
                blocks.add(new Block.BulletList(items));
                items = new ArrayList<>();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                flushList(items, blocks);
                items = new ArrayList<>();
                blocks.add(Block.paragraph(Inline.strong(heading.group(1).strip())));
            } else if (bullet.matches()) {
                items.add(List.of(Inline.text(bullet.group(1).strip())));
            } else if (numbered.matches()) {
                items.add(List.of(
                        Inline.text(numbered.group(1) + " " + numbered.group(2).strip())));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushList(items, blocks);
        return blocks;
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<List<Inline>> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block.BulletList(List.copyOf(items)));
            items.clear();
        }
    }
}
