package org.oversight.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.oversight.shared.FinancialYear;

/**
 * An award from a grant scheme (or a scheme's allocation to an area): who receives it, for what,
 * how much, where, on what conditions and when, the plan objectives it serves and its monitoring
 * returns.
 *
 * @param area the area or district it serves as the source names it, or null when not stated
 * @param decisionNumber the decisions register's number for the decision behind the award
 */
public record GrantAward(
        long id,
        String schemeSlug,
        String schemeName,
        FinancialYear year,
        String recipient,
        String purpose,
        BigDecimal amount,
        String area,
        String conditions,
        LocalDate awardedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        String decisionNumber,
        String note,
        boolean example,
        List<ObjectiveServed> objectives,
        List<MonitoringReturn> returns,
        int version) {

    public GrantAward {
        objectives = List.copyOf(objectives);
        returns = List.copyOf(returns);
    }

    /**
     * A plan objective an award serves.
     *
     * @param words the objective's number and title, or null when the plan no longer has it
     * @param planPage the objective on its plan page
     */
    public record ObjectiveServed(String planKey, String versionLabel, String anchor, String words, String planPage) {}

    /**
     * A monitoring return owed by the recipient.
     *
     * @param position 1-based, the return's place among the award's returns
     */
    public record MonitoringReturn(
            int position, String period, LocalDate dueOn, LocalDate receivedOn, String summary, Status status) {

        public enum Status {
            RECEIVED("Received"),
            OVERDUE("Overdue"),
            DUE("Due"),
            NOT_DUE("No due date");

            private final String words;

            Status(String words) {
                this.words = words;
            }

            public String words() {
                return words;
            }
        }
    }
}
