/**
 * Periods and comparisons for monthly indicator data: {@link org.oversight.performance.period.MonthlySeries}
 * (a month → value series that may have gaps), {@link org.oversight.performance.period.IndicatorSeries}
 * (how a series aggregates over a period: a sum of counts, a ratio of sums for rates, or the latest
 * level for headcounts) and {@link org.oversight.performance.period.Comparisons} (month, financial
 * quarter, financial year to date, rolling twelve months and whole financial year, each against the
 * same period a year earlier). Plain Java, no Spring; {@code docs/targets-and-periods.md} states the
 * rules as implemented.
 */
package org.oversight.performance.period;
