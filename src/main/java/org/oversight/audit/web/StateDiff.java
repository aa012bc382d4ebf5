package org.oversight.audit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry's before and after side by side, line by line, for people to see what changed: JSON laid
 * out one field a line (other text as it is), lines that stayed the same beside each other, removed
 * lines on the left and added ones on the right, and long stretches that did not change folded away
 * but for {@value #CONTEXT} lines around each change.
 */
record StateDiff(List<Row> rows) {

    static final int CONTEXT = 3;

    /** Past this many line pairs the middle is shown as removed then added, not matched line by line. */
    static final long LARGEST_COMPARISON = 4_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a row shows. */
    enum Kind {
        SAME,
        CHANGED,
        REMOVED,
        ADDED,
        FOLDED
    }

    /**
     * One row: the line before and the line after ({@code null} where there is none); for a folded
     * row, {@code folded} lines that did not change.
     */
    record Row(Kind kind, String before, String after, int folded) {
        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean isFolded() {
            return kind == Kind.FOLDED;
        }

        public boolean beforeRemoved() {
            return kind == Kind.CHANGED || kind == Kind.REMOVED;
        }

        public boolean afterAdded() {
            return kind == Kind.CHANGED || kind == Kind.ADDED;
        }
    }

    static StateDiff of(String before, String after) {
        List<String> left = lines(before);
        List<String> right = lines(after);
        List<Row> rows = align(left, right);
        return new StateDiff(left.isEmpty() || right.isEmpty() ? rows : fold(rows));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The text laid out for reading: JSON one field a line, indented; anything else as it is. */
    static String laidOut(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !(tree.isObject() || tree.isArray())) {
                return text;
            }
            DefaultPrettyPrinter printer =
                    new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            return JSON.writer(printer).writeValueAsString(tree).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static List<String> lines(String text) {
        String laidOut = laidOut(text);
        return laidOut == null ? List.of() : List.of(laidOut.split("\n", -1));
    }

    private static List<Row> align(List<String> left, List<String> right) {
        int start = 0;
        while (start < left.size() && start < right.size() && left.get(start).equals(right.get(start))) {
            start++;
        }
        int endLeft = left.size();
        int endRight = right.size();
        while (endLeft > start && endRight > start && left.get(endLeft - 1).equals(right.get(endRight - 1))) {
            endLeft--;
            endRight--;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            rows.add(new Row(Kind.SAME, left.get(i), right.get(i), 0));
        }
        middle(left.subList(start, endLeft), right.subList(start, endRight), rows);
        for (int i = endLeft; i < left.size(); i++) {
            rows.add(new Row(Kind.SAME, left.get(i), right.get(i - endLeft + endRight), 0));
        }
        return rows;
    }

    /** The lines between the common start and end: matched on their longest common run where affordable. */
    private static void middle(List<String> left, List<String> right, List<Row> rows) {
        int n = left.size();
        int m = right.size();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        if ((long) n * m > LARGEST_COMPARISON) {
            removed.addAll(left);
            added.addAll(right);
            pair(removed, added, rows);
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j))) {
                pair(removed, added, rows);
                rows.add(new Row(Kind.SAME, left.get(i++), right.get(j++), 0));
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                added.add(right.get(j++));
            } else {
                removed.add(left.get(i++));
            }
        }
        pair(removed, added, rows);
    }

    private static void pair(List<String> removed, List<String> added, List<Row> rows) {
        for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
            String before = k < removed.size() ? removed.get(k) : null;
            String after = k < added.size() ? added.get(k) : null;
            Kind kind = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
            rows.add(new Row(kind, before, after, 0));
        }
        removed.clear();
        added.clear();
    }

    /** Unchanged rows further than {@value #CONTEXT} from any change, folded into one row a stretch. */
    private static List<Row> fold(List<Row> rows) {
        boolean[] keep = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).same()) {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(rows.size() - 1, i + CONTEXT); k++) {
                    keep[k] = true;
                }
            }
        }
        List<Row> folded = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (keep[i]) {
                if (hidden > 0) {
                    folded.add(new Row(Kind.FOLDED, null, null, hidden));
                    hidden = 0;
                }
                folded.add(rows.get(i));
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            folded.add(new Row(Kind.FOLDED, null, null, hidden));
        }
        return folded;
    }
}
