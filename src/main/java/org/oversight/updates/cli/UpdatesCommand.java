package org.oversight.updates.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.platform.CommandGroup;
import org.oversight.updates.domain.CycleViews;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.HistoryEntry;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.UpdateWork;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight updates list --plan KEY --cycle NAME [--json]}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "updates",
        description = "The lead officers' updates of a reporting cycle.",
        mixinStandardHelpOptions = true,
        subcommands = {UpdatesCommand.ListUpdates.class})
public class UpdatesCommand extends CommandGroup {

    /** Exit status when the plan or cycle does not exist. */
    static final int NOT_FOUND = 1;

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "list",
            description = "Each commitment in the cycle with its ref, lead, cadence, state (due, overdue, submitted,"
                    + " accepted, returned, not-required, deferred), status and narrative.",
            mixinStandardHelpOptions = true)
    static class ListUpdates implements Callable<Integer> {
        private final Cycles cycles;
        private final CycleViews views;
        private final ObjectMapper json;
        private final UpdateWork work;

        @Spec
        CommandSpec spec;

        @Option(names = "--plan", required = true, paramLabel = "KEY", description = "The plan's key.")
        String plan;

        @Option(names = "--cycle", required = true, paramLabel = "NAME", description = "The cycle's name.")
        String cycle;

        @Option(names = "--json", description = "Print JSON.")
        boolean asJson;

        ListUpdates(Cycles cycles, CycleViews views, ObjectMapper json, UpdateWork work) {
            this.cycles = cycles;
            this.views = views;
            this.json = json;
            this.work = work;
        }

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var found = cycles.find(plan, cycle);
            if (found.isEmpty()) {
                List<String> names = cycles.all().stream()
                        .filter(c -> c.planKey().equals(plan))
                        .map(ReportingCycle::name)
                        .toList();
                err.println("plan " + plan + " has no cycle called '" + cycle + "'"
                        + (names.isEmpty() ? " (it has no cycles)" : "; its cycles: " + String.join(", ", names)));
                err.flush();
                return NOT_FOUND;
            }
            ReportingCycle chosen = found.get();
            List<CycleViews.Row> rows = views.rows(chosen);
            if (asJson) {
                out.println(json.copy()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(document(chosen, rows)));
            } else {
                out.printf(
                        "%s, %s %s: deadline %s%s%n",
                        chosen.name(),
                        chosen.planKey(),
                        chosen.versionLabel(),
                        chosen.deadline(),
                        chosen.example() ? " (example data)" : "");
                for (CycleViews.Row row : rows) {
                    var submitted = work.lastSubmitted(row.item().id());
                    out.printf(
                            "%s\t%s\t%s\t%s\t%s\t%s%n",
                            row.item().commitmentRef(),
                            String.join("; ", row.item().leads()),
                            row.cadenceWords() == null ? "-" : row.cadenceWords(),
                            row.state().code(),
                            submitted
                                    .map(entry -> entry.status() == null
                                            ? "-"
                                            : entry.status().code())
                                    .orElse("-"),
                            submitted.map(entry -> oneLine(entry.narrative())).orElse("-"));
                }
            }
            out.flush();
            return 0;
        }

        /** The narrative on one line (a tab-separated row cannot hold its line breaks); "-" when empty. */
        static String oneLine(String narrative) {
            if (narrative == null || narrative.isBlank()) {
                return "-";
            }
            return narrative.strip().replaceAll("\\s+", " ");
        }

        private Map<String, Object> document(ReportingCycle cycle, List<CycleViews.Row> rows) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("plan", cycle.planKey());
            document.put("version", cycle.versionLabel());
            document.put("cycle", cycle.name());
            document.put("periodStart", cycle.periodStart().toString());
            document.put("periodEnd", cycle.periodEnd().toString());
            document.put("deadline", cycle.deadline().toString());
            document.put(
                    "meetingOn",
                    cycle.meetingOn() == null ? null : cycle.meetingOn().toString());
            document.put("example", cycle.example());
            List<Map<String, Object>> commitments = new ArrayList<>();
            for (CycleViews.Row row : rows) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("ref", row.item().commitmentRef());
                item.put("objective", row.item().objectiveNumber());
                item.put("commitment", row.item().commitmentText());
                item.put(
                        "lead",
                        row.item().leads().isEmpty()
                                ? null
                                : String.join("; ", row.item().leads()));
                item.put("leads", row.item().leads());
                item.put("leadAsReported", row.item().reportedLeadLine());
                item.put("cadence", row.cadenceWords());
                item.put("state", row.state().code());
                item.put("reason", row.item().requirementReason());
                var submitted = work.lastSubmitted(row.item().id());
                item.put(
                        "status",
                        submitted
                                .map(entry -> entry.status() == null
                                        ? null
                                        : entry.status().code())
                                .orElse(null));
                item.put("narrative", submitted.map(HistoryEntry::narrative).orElse(null));
                commitments.add(item);
            }
            document.put("commitments", commitments);
            return document;
        }
    }
}
