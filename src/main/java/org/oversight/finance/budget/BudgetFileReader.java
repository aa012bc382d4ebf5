package org.oversight.finance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.table.Columns;
import org.oversight.finance.table.Columns.Field;
import org.oversight.finance.table.Fields;
import org.oversight.finance.table.TableFile;

/**
 * Reads a budget's lines from CSV or Excel. Columns: {@code side} (spending or funding), {@code line}
 * (its name), {@code parent} (the name of the line it sits under, on the same side), {@code amount}
 * (pounds; a line with lines under it may leave it empty), and optionally {@code published_share}
 * (the share of the total as published), {@code per_head} (yes when the line counts in the cost per
 * resident), {@code published_per_head} and {@code note}. Lines keep the file's order. Every problem
 * is reported with its line and column, and any problem refuses the whole file.
 */
public final class BudgetFileReader {

    static final List<Field> FIELDS = List.of(
            Field.required("side"),
            Field.required("line", "name"),
            Field.optional("parent", "under"),
            Field.required("amount", "amount (£)", "pounds"),
            Field.optional("published_share", "share", "% of total", "percent of total"),
            Field.optional("per_head", "counts per head"),
            Field.optional("published_per_head", "per head"),
            Field.optional("note", "notes"));

    private record Row(long line, BudgetSide side, String name, String parent, BudgetLine content) {}

    public List<BudgetLine> read(String fileName, byte[] content) {
        TableFile table = TableFile.read(fileName, content);
        List<FileProblem> problems = new ArrayList<>();
        Columns columns = Columns.match(table.header(), FIELDS, false, problems);
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Long> names = new HashMap<>();
        for (TableFile.Row row : table.rows()) {
            Fields fields = new Fields(row, columns, problems);
            int before = problems.size();
            BudgetSide side = null;
            try {
                side = BudgetSide.parse(fields.text("side"));
            } catch (IllegalArgumentException e) {
                fields.problem("side", e.getMessage());
            }
            String name = fields.required("line");
            if (name != null && name.length() > 200) {
                fields.problem("line", "the name is longer than 200 characters");
            }
            BigDecimal amount = fields.amount("amount", false);
            BigDecimal share = fields.percent("published_share");
            boolean perHead = fields.yesNo("per_head");
            BigDecimal publishedPerHead = fields.amount("published_per_head", false);
            if (publishedPerHead != null && !perHead) {
                fields.problem("published_per_head", "a published per-head figure needs per_head to be yes");
            }
            if (side != null && name != null) {
                Long earlier = names.putIfAbsent(side + "|" + name.toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    fields.problem("line", "the " + side.slug() + " line '" + name + "' is already on line " + earlier);
                }
            }
            if (problems.size() == before) {
                rows.add(new Row(
                        row.line(),
                        side,
                        name,
                        fields.optional("parent"),
                        BudgetLine.of(
                                null,
                                side,
                                name,
                                null,
                                amount,
                                share,
                                perHead,
                                publishedPerHead,
                                fields.optional("note"))));
            }
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(FileProblem.ofFile("the file has a header but no lines"));
        }
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        List<BudgetLine> lines = linked(rows, columns, problems);
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        return lines;
    }

    /** Gives each line its key and its parent's key, checking the hierarchy row by row. */
    private static List<BudgetLine> linked(List<Row> rows, Columns columns, List<FileProblem> problems) {
        Map<String, Row> byName = new LinkedHashMap<>();
        for (Row row : rows) {
            byName.put(row.side() + "|" + row.name().toLowerCase(Locale.ROOT), row);
        }
        Map<Row, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Row row : rows) {
            String key = Budget.keyFor(row.name(), taken);
            taken.add(key);
            keys.put(row, key);
        }
        Map<Row, Row> parents = new HashMap<>();
        for (Row row : rows) {
            if (row.parent() == null) {
                continue;
            }
            Row parent = byName.get(row.side() + "|" + row.parent().toLowerCase(Locale.ROOT));
            if (parent == null) {
                problems.add(problem(
                        row,
                        columns,
                        "parent",
                        "there is no " + row.side().slug() + " line called '" + row.parent() + "' in the file"));
            } else if (parent == row) {
                problems.add(problem(row, columns, "parent", "a line cannot be under itself"));
            } else {
                parents.put(row, parent);
            }
        }
        Set<Row> groups = new HashSet<>(parents.values());
        for (Row row : rows) {
            Set<Row> seen = new HashSet<>();
            for (Row up = parents.get(row); up != null; up = parents.get(up)) {
                if (up == row || !seen.add(up)) {
                    problems.add(
                            problem(row, columns, "parent", "'" + row.name() + "' is under a line that is under it"));
                    break;
                }
                if (up.content().perHead() && row.content().perHead()) {
                    problems.add(problem(
                            row,
                            columns,
                            "per_head",
                            "'" + up.name() + "', above this line, already counts in the cost per resident;"
                                    + " counting both would count this amount twice"));
                    break;
                }
            }
            if (!groups.contains(row) && row.content().amount() == null) {
                problems.add(problem(
                        row, columns, "amount", "is missing (only a line with lines under it may leave it empty)"));
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (Row row : rows) {
            BudgetLine c = row.content();
            Row parent = parents.get(row);
            lines.add(BudgetLine.of(
                    keys.get(row),
                    c.side(),
                    c.name(),
                    parent == null ? null : keys.get(parent),
                    c.amount(),
                    c.publishedShare(),
                    c.perHead(),
                    c.publishedPerHead(),
                    c.note()));
        }
        return lines;
    }

    private static FileProblem problem(Row row, Columns columns, String field, String message) {
        return new FileProblem(row.line(), columns.position(field) + 1, columns.heading(field), message);
    }
}
