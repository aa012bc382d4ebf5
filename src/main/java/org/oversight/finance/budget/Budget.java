package org.oversight.finance.budget;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.finance.BudgetDetails;
import org.oversight.shared.FinancialYear;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A financial year's budget: its details and its lines, the aggregate analysts edit. Its rules hold
 * whenever it exists: line keys unique, names unique on each side, a line sits under a line of its
 * own side with no loop, a line with nothing under it has an amount, a line with lines under it
 * takes its forecasts from them, and no line counting in the cost per resident sits under another
 * that counts (it would count twice). {@code version} is the optimistic lock.
 */
@Table(schema = "finance", name = "budget")
public record Budget(
        @Id Long id,
        int yearStart,
        boolean example,
        @Embedded.Empty BudgetDetails details,
        @MappedCollection(idColumn = "budget", keyColumn = "position") List<BudgetLine> lines,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    public Budget {
        new FinancialYear(yearStart);
        details = details == null ? BudgetDetails.none() : details;
        lines = lines == null ? List.of() : List.copyOf(lines);
        checkDetails(details);
        checkLines(lines);
    }

    public static Budget create(FinancialYear year, boolean example, BudgetDetails details) {
        return new Budget(null, year.startYear(), example, details, List.of(), null, null, null);
    }

    public FinancialYear year() {
        return new FinancialYear(yearStart);
    }

    public Budget withDetails(BudgetDetails details) {
        return new Budget(id, yearStart, example, details, lines, version, updatedAt, updatedBy);
    }

    public Budget withLines(List<BudgetLine> lines) {
        return new Budget(id, yearStart, example, details, lines, version, updatedAt, updatedBy);
    }

    public Budget touchedBy(String by, Instant at) {
        return new Budget(id, yearStart, example, details, lines, version, at, by);
    }

    public java.util.Optional<BudgetLine> line(String key) {
        return lines.stream().filter(l -> l.lineKey().equals(key)).findFirst();
    }

    public boolean hasChildren(String key) {
        return lines.stream().anyMatch(l -> key.equals(l.parentKey()));
    }

    public boolean hasForecasts() {
        return lines.stream().anyMatch(BudgetLine::hasForecasts);
    }

    /** A key for a new line named {@code name}: its words joined by '-', unique in this budget. */
    public String newKey(String name) {
        Set<String> taken = new HashSet<>();
        lines.forEach(line -> taken.add(line.lineKey()));
        return keyFor(name, taken);
    }

    /** A key for a line named {@code name} that is not one of {@code taken}. */
    public static String keyFor(String name, Set<String> taken) {
        String base =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "line";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-$", "");
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static void checkDetails(BudgetDetails details) {
        if (details.residentPopulation() != null) {
            if (details.residentPopulation() <= 0) {
                throw new BudgetRuleViolation("residentPopulation", "The resident population must be more than 0");
            }
            if (details.populationSource() == null || details.populationSource().isBlank()) {
                throw new BudgetRuleViolation(
                        "populationSource",
                        "Say where the resident population comes from (such as the annual report's leaflet)");
            }
        }
        positive(details.councilTaxBase(), "councilTaxBase", "The council tax base");
        positive(details.bandD(), "bandD", "Band D");
        positive(details.precept(), "precept", "The precept");
        positive(details.publishedCostPerResident(), "publishedCostPerResident", "The published cost per resident");
    }

    private static void positive(java.math.BigDecimal value, String field, String what) {
        if (value != null && value.signum() <= 0) {
            throw new BudgetRuleViolation(field, what + " must be more than 0");
        }
    }

    private static void checkLines(List<BudgetLine> lines) {
        Map<String, BudgetLine> byKey = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (BudgetLine line : lines) {
            if (line.lineKey() == null || !line.lineKey().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new BudgetRuleViolation("key", "'" + line.lineKey() + "' is not a line key");
            }
            if (byKey.put(line.lineKey(), line) != null) {
                throw new BudgetRuleViolation("key", "Two lines have the key " + line.lineKey());
            }
            if (!names.add(line.side() + "|" + line.name().toLowerCase(Locale.ROOT))) {
                throw new BudgetRuleViolation(
                        "name",
                        "The " + line.side().words().toLowerCase(Locale.ROOT) + " side already has a line called "
                                + line.name());
            }
        }
        Set<String> parents = new HashSet<>();
        for (BudgetLine line : lines) {
            if (line.parentKey() != null) {
                parents.add(line.parentKey());
                BudgetLine parent = byKey.get(line.parentKey());
                if (parent == null) {
                    throw new BudgetRuleViolation("parent", line.name() + " is under a line that does not exist");
                }
                if (parent.side() != line.side()) {
                    throw new BudgetRuleViolation(
                            "parent",
                            line.name() + " must be under a line of its own side, not under " + parent.name());
                }
                Set<String> seen = new HashSet<>();
                for (BudgetLine up = parent;
                        up != null;
                        up = up.parentKey() == null ? null : byKey.get(up.parentKey())) {
                    if (up.lineKey().equals(line.lineKey()) || !seen.add(up.lineKey())) {
                        throw new BudgetRuleViolation(
                                "parent", line.name() + " cannot be under a line that is under it");
                    }
                    if (up.perHead() && line.perHead()) {
                        throw new BudgetRuleViolation(
                                "perHead",
                                line.name() + " cannot count in the cost per resident: " + up.name()
                                        + ", above it, already counts");
                    }
                }
            }
        }
        for (BudgetLine line : lines) {
            boolean group = parents.contains(line.lineKey());
            if (!group && line.amount() == null) {
                throw new BudgetRuleViolation(
                        "amount",
                        "Enter the amount of " + line.name() + " (only a line with lines under it may leave it out)");
            }
            if (group && line.hasForecasts()) {
                throw new BudgetRuleViolation(
                        "parent",
                        line.name() + " has its own forecasts, so no line can be under it: forecasts of a line with"
                                + " lines under it are their sum");
            }
        }
    }
}
