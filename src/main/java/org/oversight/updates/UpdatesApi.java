package org.oversight.updates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ItemState;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting cycles as other modules read them (the Board report): read only. */
@Service
public class UpdatesApi {

    private final Cycles cycles;

    UpdatesApi(Cycles cycles) {
        this.cycles = cycles;
    }

    /** The names of a plan's cycles, latest period first. */
    @Transactional(readOnly = true)
    public List<String> cycleNames(String planKey) {
        return cycles.all().stream()
                .filter(cycle -> cycle.planKey().equals(planKey))
                .map(ReportingCycle::name)
                .toList();
    }

    /**
     * A plan's cycle by name, each commitment's state as on {@code onDay} (an update not submitted by
     * the deadline is overdue after it) and its accepted update; empty when there is no such cycle.
     */
    @Transactional(readOnly = true)
    public Optional<CycleReport> cycle(String planKey, String name, LocalDate onDay) {
        return cycles.find(planKey, name).map(cycle -> report(cycle, onDay));
    }

    private CycleReport report(ReportingCycle cycle, LocalDate onDay) {
        List<CycleReport.Item> items = cycles.items(cycle.id()).stream()
                .map(item -> item(item, cycle.deadline(), onDay))
                .toList();
        return new CycleReport(
                cycle.planKey(),
                cycle.versionLabel(),
                cycle.name(),
                cycle.periodStart(),
                cycle.periodEnd(),
                cycle.deadline(),
                cycle.meetingOn(),
                cycle.meetingName(),
                cycle.example(),
                cycle.note(),
                items);
    }

    private static CycleReport.Item item(CycleItem item, LocalDate deadline, LocalDate onDay) {
        boolean accepted = item.workflow() == Workflow.ACCEPTED;
        return new CycleReport.Item(
                item.commitmentRef(),
                item.objectiveNumber(),
                item.objectiveTitle(),
                item.commitmentText(),
                item.leads(),
                Cycles.cadenceWords(item),
                item.reportedLeadLine(),
                ItemState.of(item, deadline, onDay),
                item.requirementReason(),
                accepted ? item.narrative() : null,
                accepted ? item.status() : null);
    }
}
