package org.oversight.finance.grant;

import java.math.BigDecimal;
import java.time.Instant;
import org.oversight.shared.FinancialYear;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A scheme's financial year as stored: the money allocated to the scheme and the totals as the
 * source publishes them (kept to show any difference from the awards' sum).
 */
@Table(schema = "finance", name = "grant_round")
record Round(
        @Id Long id,
        Long schemeId,
        int yearStart,
        BigDecimal allocation,
        BigDecimal publishedTotal,
        BigDecimal publishedRemaining,
        String decisionNumber,
        String source,
        String note,
        boolean example,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    Round {
        new FinancialYear(yearStart);
        if (allocation != null && allocation.signum() < 0) {
            throw new GrantRuleViolation("allocation", "The allocation cannot be less than £0");
        }
    }

    FinancialYear year() {
        return new FinancialYear(yearStart);
    }

    Round with(RoundDetails details, String by, Instant at) {
        return new Round(
                id,
                schemeId,
                yearStart,
                details.allocation(),
                details.publishedTotal(),
                details.publishedRemaining(),
                details.decisionNumber(),
                details.source(),
                details.note(),
                example,
                version,
                at,
                by);
    }

    RoundDetails details() {
        return new RoundDetails(allocation, publishedTotal, publishedRemaining, decisionNumber, source, note);
    }
}
