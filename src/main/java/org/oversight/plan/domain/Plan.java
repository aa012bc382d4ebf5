package org.oversight.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A Police and Crime Plan: what stays the same across its versions. */
@Table(schema = "plan", name = "plan")
public record Plan(
        @Id Long id,
        @Column("plan_key") String key,
        String title,
        String force,
        String issuedBy,
        LocalDate termFrom,
        LocalDate termTo,
        String source,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    public Plan {
        require(key, "key");
        require(title, "title");
        require(force, "force");
        if (termFrom != null && termTo != null && termFrom.isAfter(termTo)) {
            throw new PlanRuleViolation("term", "the term starts after it ends");
        }
    }

    /** The title with the version label ("Police and Crime Plan 2014-15"), the label left out when the title holds it. */
    public String titleWithVersion(String label) {
        String words = " " + words(title) + " ";
        return words.contains(" " + words(label) + " ") ? title : title + " " + label;
    }

    public Plan withHeader(
            String title, String force, String issuedBy, LocalDate termFrom, LocalDate termTo, String source) {
        return new Plan(id, key, title, force, issuedBy, termFrom, termTo, source, version, updatedAt, updatedBy);
    }

    public Plan stamped(Instant at, String by) {
        return new Plan(id, key, title, force, issuedBy, termFrom, termTo, source, version, at, by);
    }

    public Plan withVersion(Integer expectedVersion) {
        return new Plan(
                id, key, title, force, issuedBy, termFrom, termTo, source, expectedVersion, updatedAt, updatedBy);
    }

    /** Lower-case letters and digits, every other run of characters one space: "2008–2011" is "2008 2011". */
    private static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^0-9a-z]+", " ")
                .strip();
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new PlanRuleViolation(field, "is required");
        }
    }
}
