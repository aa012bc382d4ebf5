package org.oversight.finance;

/** The two sides of a budget statement: what is spent, and how it is paid for. */
public enum BudgetSide {
    SPENDING("Spending", "Total spending"),
    FUNDING("Funding", "Total funding");

    private final String words;
    private final String totalName;

    BudgetSide(String words, String totalName) {
        this.words = words;
        this.totalName = totalName;
    }

    public String words() {
        return words;
    }

    /** The name of the side's total line in tables and exports: "Total spending", "Total funding". */
    public String totalName() {
        return totalName;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads {@code spending} or {@code funding} (any case); throws with the allowed values otherwise. */
    public static BudgetSide parse(String text) {
        String value = text == null ? "" : text.strip();
        for (BudgetSide side : values()) {
            if (side.name().equalsIgnoreCase(value)) {
                return side;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a side: use spending or funding");
    }
}
