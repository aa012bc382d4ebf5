package org.oversight.updates.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.ReportingCadence;
import org.oversight.updates.UpdateState;
import org.oversight.updates.UpdateStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Items as pages and the command line show them: with their state today, cadence words and counts. */
@Component
public class CycleViews {

    private final Cycles cycles;
    private final Clock clock;

    CycleViews(Cycles cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    /** An item with where it stands today. */
    public record Row(CycleItem item, ReportingCycle cycle, UpdateState state, String cadenceWords) {

        public String narrativeHtml() {
            return Narrative.toHtml(item.narrative());
        }

        public String objectiveName() {
            return CycleViews.objectiveName(item);
        }

        /**
         * The status the lead submitted, as analysts and the board may read it: none while the update
         * is not with the analyst or accepted, since a draft's status is the lead's own until they
         * submit.
         */
        public UpdateStatus submittedStatus() {
            return item.workflow() == Workflow.SUBMITTED || item.workflow() == Workflow.ACCEPTED ? item.status() : null;
        }
    }

    /** How far a group of items (an objective, a lead) has got: due items and how many are in. */
    public record Progress(String name, int due, int submitted, int overdue) {

        /** Submitted (or accepted) of due, as a whole percentage rounded half up; 100 when none is due. */
        public int percent() {
            return due == 0 ? 100 : (int) Math.round(100.0 * submitted / due);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Row row(ReportingCycle cycle, CycleItem item) {
        return new Row(
                item,
                cycle,
                ItemState.of(item, cycle.deadline(), today()),
                item.cadence() == null
                        ? null
                        : ReportingCadence.fromCode(item.cadence()).words());
    }

    @Transactional(readOnly = true)
    public List<Row> rows(ReportingCycle cycle) {
        return cycles.items(cycle.id()).stream().map(item -> row(cycle, item)).toList();
    }

    /** Progress by objective, in the plan's order. */
    public static List<Progress> byObjective(List<Row> rows) {
        return progress(rows, false);
    }

    /** Progress by lead, alphabetically; an item with two leads counts for each. */
    public static List<Progress> byLead(List<Row> rows) {
        List<Progress> leads = new ArrayList<>(progress(rows, true));
        leads.sort((a, b) -> a.name().compareTo(b.name()));
        return leads;
    }

    /** The whole cycle. */
    public static Progress overall(List<Row> rows) {
        return tally("All commitments", rows);
    }

    private static List<Progress> progress(List<Row> rows, boolean byLead) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            List<String> keys = byLead
                    ? (row.item().leads().isEmpty()
                            ? List.of("No lead named")
                            : row.item().leads())
                    : List.of(objectiveName(row.item()));
            for (String key : keys) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        return groups.entrySet().stream()
                .map(entry -> tally(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Progress tally(String name, List<Row> rows) {
        int due = 0;
        int submitted = 0;
        int overdue = 0;
        for (Row row : rows) {
            if (row.item().requirement() != Requirement.DUE) {
                continue;
            }
            due++;
            if (row.state() == UpdateState.SUBMITTED || row.state() == UpdateState.ACCEPTED) {
                submitted++;
            }
            if (row.state() == UpdateState.OVERDUE) {
                overdue++;
            }
        }
        return new Progress(name, due, submitted, overdue);
    }

    public static String objectiveName(CycleItem item) {
        return item.objectiveNumber() == null
                ? item.objectiveTitle()
                : item.objectiveNumber() + " " + item.objectiveTitle();
    }
}
