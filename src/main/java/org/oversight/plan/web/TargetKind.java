package org.oversight.plan.web;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of target the measure form can write, each with the fields it is written with: the page
 * shows a kind's fields under its choice, and only the chosen kind's are read. Milestones are kept
 * as they are ("keep") and changed in plan files; "monitor" has no fields.
 */
enum TargetKind {
    CHANGE_BY_PERCENT(
            "change-by-percent",
            "changeByPercent",
            "Reduce or increase by a percentage against a baseline",
            List.of(Field.CHANGE, Field.PERCENT, Field.BASELINE, Field.PERIOD)),
    CHANGE_BY_AMOUNT(
            "change-by-amount",
            "changeByAmount",
            "Reduce or increase by an amount",
            List.of(Field.CHANGE, Field.AMOUNT, Field.OPTIONAL_BASELINE, Field.BY)),
    CHANGE_ON_BASELINE(
            "change-on-baseline",
            "changeOnBaseline",
            "Any reduction (or increase) on a baseline period's level",
            List.of(Field.CHANGE, Field.BASELINE, Field.PERIOD)),
    THRESHOLD(
            "threshold",
            "threshold",
            "At least, at most, above or below a value",
            List.of(Field.COMPARATOR, Field.VALUE, Field.PERIOD)),
    REACH("reach", "reach", "Reach a value", List.of(Field.VALUE, Field.BY)),
    MAINTAIN(
            "maintain",
            "maintain",
            "Maintain at or above (or at or below) a level",
            List.of(Field.COMPARATOR, Field.OPTIONAL_VALUE, Field.OPTIONAL_BASELINE)),
    BETTER_THAN_PEERS(
            "better-than-peers",
            "betterThanPeers",
            "Better than the most similar forces' average",
            List.of(Field.PEER_GROUP));

    /** A field of a kind of target: its name in the plan file (and the form), label and hint. */
    record Field(String name, String label, String hint) {
        static final Field CHANGE = new Field("change", "Reduce or increase", null);
        static final Field COMPARATOR = new Field("comparator", "Comparison", null);
        static final Field PERCENT = new Field("percent", "Percentage", "For example 2, for 2%");
        static final Field AMOUNT = new Field("amount", "Amount", "For example 1200");
        static final Field VALUE = new Field("value", "Value", "For example 50 (for 50%) or 480");
        static final Field OPTIONAL_VALUE =
                new Field("value", "Value (optional)", "For example 480; leave empty to use a baseline");
        static final Field BASELINE = new Field(
                "baseline",
                "Baseline period",
                "Compared with, for example 2013/14; periods are written 2014/15, 2014/15 Q1, 2014-04, 2019 or 2023-03-31");
        static final Field OPTIONAL_BASELINE =
                new Field("baseline", "Baseline period (optional)", "Compared with, for example 2019/20");
        static final Field PERIOD = new Field("period", "Period measured (optional)", "For example 2014/15");
        static final Field BY = new Field("by", "By (optional)", "For example 2023-03-31");
        static final Field PEER_GROUP =
                new Field("peerGroup", "Peer group (optional)", "For example most similar forces");

        public boolean choice() {
            return name.equals("change") || name.equals("comparator");
        }
    }

    private final String code;
    private final String property;
    private final String words;
    private final List<Field> fields;

    TargetKind(String code, String property, String words, List<Field> fields) {
        this.code = code;
        this.property = property;
        this.words = words;
        this.fields = fields;
    }

    /** The kind as plan files write it: {@code change-by-percent}. */
    public String code() {
        return code;
    }

    /** The form property holding this kind's fields: {@code changeByPercent}. */
    public String property() {
        return property;
    }

    public String words() {
        return words;
    }

    /** The fields this kind is written with, in the order the page shows them. */
    public List<Field> fields() {
        return fields;
    }

    /** The choices of a choice field: reduce or increase, or this kind's comparisons. */
    public List<String> choices(Field field) {
        if (field.name().equals("change")) {
            return List.of("reduce", "increase");
        }
        return this == MAINTAIN
                ? List.of("at-or-above", "at-or-below")
                : List.of("at-least", "at-most", "above", "below");
    }

    /** A choice in words: "at-or-above" is "At or above". */
    public static String choiceWords(String choice) {
        String words = choice.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Optional<TargetKind> of(String code) {
        for (TargetKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
