package org.oversight.finance.grant;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A grant scheme as stored; {@code slug} names it in addresses ({@code community-safety-fund}). */
@Table(schema = "finance", name = "grant_scheme")
record Scheme(
        @Id Long id,
        String slug,
        String name,
        String description,
        String funder,
        boolean example,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    Scheme {
        if (name == null || name.isBlank()) {
            throw new GrantRuleViolation("name", "Enter the scheme's name");
        }
        name = name.strip();
        if (name.indexOf('\uFFFD') >= 0) {
            throw new GrantRuleViolation(
                    "name", "The scheme's name has characters that could not be read: send it as UTF-8 text");
        }
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new GrantRuleViolation("name", "Write the scheme's name with letters or digits");
        }
        if (name.length() > 200) {
            throw new GrantRuleViolation("name", "The scheme's name must be 200 characters or fewer");
        }
    }

    static String slugOf(String name) {
        String slug = name.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "scheme" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    Scheme with(String name, String description, String funder, String by, Instant at) {
        return new Scheme(id, slug, name, description, funder, example, version, at, by);
    }
}
