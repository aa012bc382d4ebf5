package org.oversight.plan.domain;

import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ReportingCadence;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deliverable, milestone or activity the plan commits to, with its lead(s) and reporting cadence.
 * Leads are stored one per line.
 */
@Table(schema = "plan", name = "commitment")
public record Commitment(
        String ref,
        String heading,
        String text,
        @Column("leads") String leadLines,
        ReportingCadence cadence,
        LocalDate startOn,
        LocalDate dueOn) {

    public Commitment {
        Plan.require(text, "text");
        if (startOn != null && dueOn != null && startOn.isAfter(dueOn)) {
            throw new PlanRuleViolation("due", "the due date is before the start date");
        }
    }

    public static Commitment of(
            String ref,
            String heading,
            String text,
            List<String> leads,
            ReportingCadence cadence,
            LocalDate startOn,
            LocalDate dueOn) {
        return new Commitment(ref, heading, text, Leads.join(leads), cadence, startOn, dueOn);
    }

    public List<String> leads() {
        return Leads.split(leadLines);
    }
}
