package org.oversight.finance;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.shared.FinancialYear;

/**
 * A scheme's awards in one financial year, with the totals: what Oversight adds up beside what the
 * source publishes, and the difference where they disagree.
 *
 * @param allocation the money allocated to the scheme for the year, or null when not stated
 * @param total the awards' sum
 * @param totalDifference {@code total - publishedTotal}, or null
 * @param remaining {@code allocation - total}, or null without an allocation
 * @param remainingDifference {@code remaining - publishedRemaining}, or null
 * @param decisionNumber the decisions register's number for the decision behind the round
 */
public record GrantRound(
        String schemeSlug,
        String schemeName,
        FinancialYear year,
        boolean example,
        BigDecimal allocation,
        BigDecimal total,
        BigDecimal publishedTotal,
        BigDecimal totalDifference,
        BigDecimal remaining,
        BigDecimal publishedRemaining,
        BigDecimal remainingDifference,
        String decisionNumber,
        String source,
        String note,
        List<GrantAward> awards,
        int version) {

    public GrantRound {
        awards = List.copyOf(awards);
    }
}
