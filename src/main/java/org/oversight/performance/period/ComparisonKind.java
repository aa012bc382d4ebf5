package org.oversight.performance.period;

/** The periods a board report compares, each against the same period a year earlier. */
public enum ComparisonKind {
    /** The as-at month against the same month a year earlier. */
    MONTH,
    /** The financial quarter containing the as-at month (whole, or to date) against the same months a year earlier. */
    QUARTER,
    /** April to the as-at month against the same months a year earlier. */
    YEAR_TO_DATE,
    /** The twelve months to the as-at month against the twelve months before them. */
    ROLLING_TWELVE_MONTHS,
    /** A whole financial year, April to March, against the previous one. */
    FINANCIAL_YEAR
}
