package org.oversight.stopsearch;

/**
 * One broad ethnic group's searches, rate per 1,000 residents and ratio to the White rate.
 *
 * @param group the broad group
 * @param searches searches of people in the group
 * @param population the group's residents; null when the population source has no figure for it
 * @param ratePer1000 searches × 1,000 ÷ population, rounded half up to three decimal places; null
 *     without a population (or a population of 0)
 * @param ratioToWhite the group's rate ÷ the White rate, rounded half up to two decimal places; null
 *     when either rate is missing or the White rate is 0 (and for White itself it is 1)
 * @param ciLow the lower end of the ratio's 95% confidence interval, two decimal places; null when
 *     either group has no searches or there is no ratio
 * @param ciHigh the upper end, likewise
 */
public record GroupRate(
        EthnicGroup group,
        long searches,
        Long population,
        Double ratePer1000,
        Double ratioToWhite,
        Double ciLow,
        Double ciHigh) {}
