package org.oversight.finance.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An award's own fields as a form gives them (its objectives and returns are edited apart). */
public record AwardContent(
        String recipient,
        String purpose,
        BigDecimal amount,
        String area,
        String conditions,
        LocalDate awardedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        String decisionNumber,
        String note) {

    Award toAward(Long roundId) {
        return Award.of(
                roundId,
                recipient,
                purpose == null ? null : purpose.strip(),
                amount,
                blank(area),
                blank(conditions),
                awardedOn,
                startsOn,
                endsOn,
                blank(decisionNumber),
                blank(note));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
