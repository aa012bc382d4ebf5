package org.oversight.stopsearch;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Searches per 1,000 residents of each broad ethnic group, and each group's ratio to the White rate
 * with its 95% confidence interval, over a range of months (official method: docs/stop-and-search.md).
 *
 * @param force the force's data.police.uk slug
 * @param from the first month
 * @param to the last month
 * @param basis self-defined (the Home Office basis) or officer-defined ethnicity
 * @param searches every search in the months
 * @param unrecordedEthnicity searches whose ethnicity gives none of the five groups: blank, "Other
 *     ethnic group - Not stated", or a value outside the groups (counted in {@code outsideGroups} too)
 * @param outsideGroups values that are neither blank nor not stated but give no broad group, with
 *     their searches (normally empty)
 * @param groups the five groups in the order Asian, Black, Mixed, Other, White
 * @param population where the residents come from, as it should be stated beside the rates
 * @param demonstration whether any month read is generated demonstration data
 */
public record Disproportionality(
        String force,
        YearMonth from,
        YearMonth to,
        EthnicityBasis basis,
        long searches,
        long unrecordedEthnicity,
        Map<String, Long> outsideGroups,
        List<GroupRate> groups,
        String population,
        boolean demonstration) {

    /** The share of searches with no ethnicity recorded. */
    public Share unrecordedShare() {
        return new Share(unrecordedEthnicity, searches);
    }
}
