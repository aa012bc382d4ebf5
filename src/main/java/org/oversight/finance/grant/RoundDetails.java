package org.oversight.finance.grant;

import java.math.BigDecimal;

/** What a round states besides its awards, as a form or the example data give it. */
public record RoundDetails(
        BigDecimal allocation,
        BigDecimal publishedTotal,
        BigDecimal publishedRemaining,
        String decisionNumber,
        String source,
        String note) {

    public static RoundDetails none() {
        return new RoundDetails(null, null, null, null, null, null);
    }
}
