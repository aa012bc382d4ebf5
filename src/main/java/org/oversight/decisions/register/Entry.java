package org.oversight.decisions.register;

import java.time.Instant;
import java.time.LocalDate;
import org.oversight.decisions.Decision;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A decision as the register stores it: the aggregate analysts edit (its notice's bytes are kept apart). */
@Table(schema = "decisions", name = "decision")
record Entry(
        @Id Long id,
        String number,
        String title,
        LocalDate decidedOn,
        String decisionMaker,
        String summary,
        String financialImplications,
        boolean confidential,
        String source,
        boolean example,
        @Embedded.Nullable(prefix = "notice_") Decision.Notice notice,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    static final String NUMBER = "(?=[^0-9]*[0-9])[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    Entry {
        if (number == null || !number.strip().matches(NUMBER)) {
            throw new DecisionRuleViolation(
                    "number",
                    number == null || number.isBlank()
                            ? "Enter the decision's number"
                            : "Write the number with at least one digit, and letters, digits, '.', '_' or '-' only (at"
                                    + " most 40), such as 004-2019");
        }
        number = number.strip();
        if (title == null || title.isBlank()) {
            throw new DecisionRuleViolation("title", "Enter the decision's title");
        }
        title = title.strip();
        if (decidedOn == null) {
            throw new DecisionRuleViolation("decidedOn", "Enter the date of the decision");
        }
        if (decisionMaker == null || decisionMaker.isBlank()) {
            throw new DecisionRuleViolation("decisionMaker", "Enter who made the decision");
        }
        decisionMaker = decisionMaker.strip();
        if (decisionMaker.length() > 200) {
            throw new DecisionRuleViolation("decisionMaker", "The decision-maker must be 200 characters or fewer");
        }
    }

    Decision decision() {
        return new Decision(
                number,
                title,
                decidedOn,
                decisionMaker,
                summary,
                financialImplications,
                confidential,
                source,
                example,
                notice,
                version == null ? 0 : version);
    }

    Entry withContent(Entry content, String by, Instant at) {
        return new Entry(
                id,
                content.number,
                content.title,
                content.decidedOn,
                content.decisionMaker,
                content.summary,
                content.financialImplications,
                content.confidential,
                content.source,
                example,
                notice,
                version,
                at,
                by);
    }

    Entry withNotice(Decision.Notice notice, String by, Instant at) {
        return new Entry(
                id,
                number,
                title,
                decidedOn,
                decisionMaker,
                summary,
                financialImplications,
                confidential,
                source,
                example,
                notice,
                version,
                at,
                by);
    }
}
