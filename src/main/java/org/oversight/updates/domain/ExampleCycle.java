package org.oversight.updates.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.ExamplePlansLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the example reporting cycle (the December 2014 board report, seed 001) when the example
 * plans have just been loaded into an empty database: the cycle is opened as any cycle is, marked
 * as example data, and each milestone gets the report's own update, lead line and wording.
 */
@Component
class ExampleCycle {

    static final String LOCATION = "updates/examples/wm-december-2014-board.yaml";
    static final String BY = "example-data";
    private static final Logger log = LoggerFactory.getLogger(ExampleCycle.class);

    private final Cycles cycles;
    private final CycleItemRepository items;
    private final HistoryRepository history;
    private final Clock clock;

    ExampleCycle(Cycles cycles, CycleItemRepository items, HistoryRepository history, Clock clock) {
        this.cycles = cycles;
        this.items = items;
        this.history = history;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void load(ExamplePlansLoaded loaded) {
        Map<String, Object> file = read();
        String plan = text(file, "plan");
        if (!loaded.planKeys().contains(plan)
                || cycles.find(plan, text(file, "name")).isPresent()) {
            return;
        }
        ReportingCycle cycle = cycles.openAsSystem(
                new Cycles.OpenCycle(
                        plan,
                        text(file, "version"),
                        text(file, "name"),
                        LocalDate.parse(text(file, "periodStart")),
                        LocalDate.parse(text(file, "periodEnd")),
                        LocalDate.parse(text(file, "deadline")),
                        LocalDate.parse(text(file, "meetingOn")),
                        text(file, "meetingName"),
                        text(file, "note")),
                BY,
                true);
        Instant reported =
                cycle.meetingOn().atStartOfDay(ZoneId.of("Europe/London")).toInstant();
        Map<String, CycleItem> byRef = new HashMap<>();
        cycles.items(cycle.id()).forEach(item -> byRef.put(item.commitmentRef(), item));
        String source = text(file, "source");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get("items");
        for (Map<String, Object> entry : entries) {
            String ref = text(entry, "ref");
            CycleItem item = byRef.remove(ref);
            if (item == null) {
                throw new IllegalStateException(LOCATION + ": commitment " + ref + " is not in the plan version");
            }
            save(item, entry, source, reported);
        }
        for (CycleItem missing : byRef.values()) {
            items.save(missing.withRequirement(
                    missing.requirement(),
                    missing.requirementReason() + " The " + source + " report has no entry for it.",
                    null,
                    null,
                    null));
        }
        log.info("event=example_cycle_loaded cycle_id={} updates={}", cycle.id(), entries.size());
    }

    private void save(CycleItem item, Map<String, Object> entry, String source, Instant reported) {
        String narrative = (String) entry.get("narrative");
        String leadLine = (String) entry.get("leadLine");
        Instant now = clock.instant();
        CycleItem example = new CycleItem(
                item.id(),
                item.cycleId(),
                item.position(),
                item.commitmentRef(),
                item.objectiveNumber(),
                item.objectiveTitle(),
                item.commitmentText(),
                item.leadLines(),
                item.cadence(),
                leadLine,
                item.requirement(),
                item.requirementReason(),
                item.computedRequirement(),
                item.computedReason(),
                null,
                null,
                null,
                item.workflow(),
                null,
                null,
                null,
                null,
                item.version());
        if (narrative != null) {
            CycleItem accepted = items.save(
                    example.withRequirement(Requirement.DUE, "Reported in the " + source + " report.", null, null, null)
                            .withUpdate(Workflow.ACCEPTED, narrative, null, BY, reported));
            history.save(new HistoryEntry(
                    null, accepted.id(), HistoryEntry.Happened.SUBMITTED, narrative, null, null, BY, reported));
            history.save(new HistoryEntry(
                    null, accepted.id(), HistoryEntry.Happened.ACCEPTED, null, null, null, BY, reported));
            return;
        }
        Requirement requirement = Requirement.fromCode(text(entry, "requirement"));
        items.save(example.withRequirement(requirement, text(entry, "wording"), null, BY, now));
    }

    private static Map<String, Object> read() {
        try (InputStream input = new ClassPathResource(LOCATION).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + LOCATION, e);
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalStateException(LOCATION + ": '" + key + "' is missing");
        }
        return text;
    }
}
