package org.oversight.finance.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An award (or an allocation to an area) from a scheme's round, with the plan objectives it serves
 * and its monitoring returns: the aggregate analysts edit.
 */
@Table(schema = "finance", name = "grant_award")
record Award(
        @Id Long id,
        Long roundId,
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
        @MappedCollection(idColumn = "grant_award") Set<Objective> objectives,
        @MappedCollection(idColumn = "grant_award", keyColumn = "position") List<Return> returns,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    /** A plan objective the award serves, named as the plan page names it. */
    @Table(schema = "finance", name = "grant_award_objective")
    record Objective(String planKey, String versionLabel, String anchor) {}

    /** A monitoring return owed by the recipient. */
    @Table(schema = "finance", name = "monitoring_return")
    record Return(String period, LocalDate dueOn, LocalDate receivedOn, String summary) {
        Return {
            if (period == null || period.isBlank()) {
                throw new GrantRuleViolation("period", "Say which period the return covers (such as Q1 2018/19)");
            }
            period = period.strip();
            if (period.length() > 100) {
                throw new GrantRuleViolation("period", "The period must be 100 characters or fewer");
            }
        }
    }

    Award {
        if (recipient == null || recipient.isBlank()) {
            throw new GrantRuleViolation("recipient", "Enter the recipient");
        }
        recipient = recipient.strip();
        if (recipient.length() > 300) {
            throw new GrantRuleViolation("recipient", "The recipient must be 300 characters or fewer");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new GrantRuleViolation("purpose", "Enter what the award is for");
        }
        if (amount == null) {
            throw new GrantRuleViolation("amount", "Enter the amount in pounds");
        }
        if (amount.signum() <= 0) {
            throw new GrantRuleViolation("amount", "The amount must be more than £0");
        }
        if (startsOn != null && endsOn != null && startsOn.isAfter(endsOn)) {
            throw new GrantRuleViolation("endsOn", "The end date must be on or after the start date");
        }
        if (area != null && area.length() > 200) {
            throw new GrantRuleViolation("area", "The area must be 200 characters or fewer");
        }
        objectives = objectives == null ? Set.of() : Set.copyOf(objectives);
        returns = returns == null ? List.of() : List.copyOf(returns);
    }

    /** An award's content as a form or file gives it; no objectives or returns yet. */
    static Award of(
            Long roundId,
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
        return new Award(
                null,
                roundId,
                recipient,
                purpose,
                amount,
                area,
                conditions,
                awardedOn,
                startsOn,
                endsOn,
                decisionNumber,
                note,
                Set.of(),
                List.of(),
                null,
                null,
                null);
    }

    Award withContent(Award content) {
        return new Award(
                id,
                roundId,
                content.recipient,
                content.purpose,
                content.amount,
                content.area,
                content.conditions,
                content.awardedOn,
                content.startsOn,
                content.endsOn,
                content.decisionNumber,
                content.note,
                objectives,
                returns,
                version,
                updatedAt,
                updatedBy);
    }

    Award withObjectives(Set<Objective> objectives) {
        return new Award(
                id,
                roundId,
                recipient,
                purpose,
                amount,
                area,
                conditions,
                awardedOn,
                startsOn,
                endsOn,
                decisionNumber,
                note,
                objectives,
                returns,
                version,
                updatedAt,
                updatedBy);
    }

    Award withReturns(List<Return> returns) {
        return new Award(
                id,
                roundId,
                recipient,
                purpose,
                amount,
                area,
                conditions,
                awardedOn,
                startsOn,
                endsOn,
                decisionNumber,
                note,
                objectives,
                returns,
                version,
                updatedAt,
                updatedBy);
    }

    Award touchedBy(String by, Instant at) {
        return new Award(
                id,
                roundId,
                recipient,
                purpose,
                amount,
                area,
                conditions,
                awardedOn,
                startsOn,
                endsOn,
                decisionNumber,
                note,
                objectives,
                returns,
                version,
                at,
                by);
    }
}
