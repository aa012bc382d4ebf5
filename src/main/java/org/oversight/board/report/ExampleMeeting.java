package org.oversight.board.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.policedata.DemonstrationDataLoaded;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Snapshot;
import org.oversight.updates.CycleOpened;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdatesApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The example meeting of 2 December 2014 (seed 001): created once the example December 2014 cycle
 * has been loaded, with its report drafted from that cycle and the report's own executive summary
 * and background; frozen by the system once the demonstration figures have loaded (ADR 0021).
 */
@Component
class ExampleMeeting {

    static final String LOCATION = "board/examples/wm-2014-12-02-board.yaml";
    static final String BY = "example-data";
    private static final Logger log = LoggerFactory.getLogger(ExampleMeeting.class);

    private final Meetings meetings;
    private final BoardReports reports;
    private final ReportsApi snapshots;
    private final UpdatesApi updates;

    ExampleMeeting(Meetings meetings, BoardReports reports, ReportsApi snapshots, UpdatesApi updates) {
        this.meetings = meetings;
        this.reports = reports;
        this.snapshots = snapshots;
        this.updates = updates;
    }

    /** After the example cycle named in the file has been opened and filled in. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void cycleOpened(CycleOpened opened) {
        Map<String, Object> file = read();
        if (!opened.planKey().equals(text(file, "plan")) || !opened.name().equals(text(file, "cycle"))) {
            return;
        }
        LocalDate on = LocalDate.parse(text(file, "meetingOn"));
        CycleReport cycle = updates.cycle(opened.planKey(), opened.name(), on).orElse(null);
        if (cycle == null
                || !cycle.example()
                || meetings.find(opened.planKey(), on).isPresent()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> agenda = (List<String>) file.get("agenda");
        Meeting meeting = meetings.create(
                new Meetings.CreateMeeting(
                        text(file, "plan"),
                        text(file, "version"),
                        on,
                        text(file, "name"),
                        text(file, "cycle"),
                        String.join("\n", agenda),
                        null),
                true,
                BY);
        Snapshot draft = reports.draft(meeting, BY);
        snapshots.editNarrative(
                draft.id(), ReportAssembly.EXECUTIVE_SUMMARY, Block.paragraphs(text(file, "executiveSummary")), BY);
        Map<String, String> objectives = new LinkedHashMap<>();
        cycle.items().forEach(item -> objectives.putIfAbsent(item.objectiveNumber(), item.objectiveTitle()));
        List<List<Inline>> list = new ArrayList<>();
        objectives.values().forEach(title -> list.add(List.of(Inline.text(title))));
        snapshots.editNarrative(
                draft.id(),
                ReportAssembly.BACKGROUND,
                List.of(
                        Block.paragraph(text(file, "backgroundBefore")),
                        new Block.BulletList(list),
                        Block.paragraph(text(file, "backgroundAfter"))),
                BY);
        log.info("event=example_meeting_loaded meeting_id={} report={}", meeting.id(), meeting.reportKey());
    }

    /** Once the demonstration figures are in: the example report is rebuilt with them and frozen. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void figuresLoaded(DemonstrationDataLoaded loaded) {
        Map<String, Object> file = read();
        meetings.find(text(file, "plan"), LocalDate.parse(text(file, "meetingOn")))
                .filter(Meeting::example)
                .filter(meeting ->
                        reports.latest(meeting).map(Snapshot::isDraft).orElse(false))
                .ifPresent(meeting -> {
                    reports.draft(meeting, BY);
                    reports.freeze(meeting, BY);
                    log.info("event=example_report_frozen report={}", meeting.reportKey());
                });
    }

    static Map<String, Object> read() {
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
