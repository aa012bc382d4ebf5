package org.oversight.policedata.completeness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.MonthMark;
import org.oversight.policedata.MonthMarkCleared;
import org.oversight.policedata.MonthMarkRefused;
import org.oversight.policedata.MonthMarked;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.load.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Judges months from the batches' row counts and the analysts' marks, when read (ADR 0008), and
 * keeps the marks.
 */
@Component
public class Completeness {

    private static final Logger log = LoggerFactory.getLogger(Completeness.class);

    /** Longest note kept with a mark. */
    public static final int NOTE_LIMIT = 1000;

    private final CompletenessRule rule;
    private final MonthMarks marks;
    private final DataVersion version;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Completeness(
            CompletenessProperties properties,
            MonthMarks marks,
            DataVersion version,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.rule = properties.rule();
        this.marks = marks;
        this.version = version;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public List<MonthCompleteness> months(String force, PoliceDataKind kind) {
        return rule.judge(force, kind, rowsByMonth(force, kind), marks.all(force, kind));
    }

    public Optional<MonthCompleteness> month(String force, PoliceDataKind kind, YearMonth month) {
        return rule.judge(force, kind, month, rowsByMonth(force, kind), marks.all(force, kind));
    }

    /**
     * Marks a month. A month can be marked complete only when a file is imported for it; it can be
     * marked incomplete when it has a file or lies between the first and last imported months.
     */
    public MonthCompleteness mark(
            String force, PoliceDataKind kind, YearMonth month, boolean complete, String note, String by) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new MonthMarkRefused(
                    "Say why the month is " + (complete ? "complete" : "incomplete") + ": a mark needs a note.");
        }
        if (text.length() > NOTE_LIMIT) {
            throw new MonthMarkRefused(
                    "The note must be " + NOTE_LIMIT + " characters or fewer; it has " + text.length() + ".");
        }
        SortedMap<YearMonth, Long> rows = rowsByMonth(force, kind);
        if (complete && !rows.containsKey(month)) {
            throw new MonthMarkRefused("No " + kind.slug() + " file for " + force + " is imported for " + month
                    + ", so the month cannot be marked complete.");
        }
        boolean inRange = !rows.isEmpty() && !month.isBefore(rows.firstKey()) && !month.isAfter(rows.lastKey());
        if (!inRange) {
            throw new MonthMarkRefused("No " + kind.slug() + " file for " + force + " is imported for " + month
                    + (rows.isEmpty()
                            ? " or any other month."
                            : "; imported months run from " + rows.firstKey() + " to " + rows.lastKey() + "."));
        }
        MonthMark previous = marks.all(force, kind).get(month);
        MonthMark mark = new MonthMark(complete, text, by, clock.instant());
        marks.put(force, kind, month, mark);
        version.changed();
        events.publishEvent(new MonthMarked(force, kind, month, mark, previous));
        log.info(
                "event=police_month_marked force={} kind={} month={} complete={}", force, kind.slug(), month, complete);
        return month(force, kind, month).orElseThrow();
    }

    /**
     * Clears a month's mark (nothing happens when it has none) and returns the month as the rule now
     * judges it; a month outside the imported months is missing.
     */
    public MonthCompleteness clearMark(String force, PoliceDataKind kind, YearMonth month, String by) {
        MonthMark previous = marks.all(force, kind).get(month);
        if (marks.remove(force, kind, month)) {
            version.changed();
            events.publishEvent(new MonthMarkCleared(force, kind, month, previous, by));
            log.info("event=police_month_mark_cleared force={} kind={} month={}", force, kind.slug(), month);
        }
        return rule.judgeMonth(force, kind, month, rowsByMonth(force, kind), marks.all(force, kind));
    }

    private SortedMap<YearMonth, Long> rowsByMonth(String force, PoliceDataKind kind) {
        SortedMap<YearMonth, Long> rows = new TreeMap<>();
        jdbc.sql("SELECT month, row_count FROM policedata.import_batch WHERE force_slug = :force AND kind = :kind")
                .param("force", force)
                .param("kind", kind.slug())
                .query(rs -> {
                    rows.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("row_count"));
                });
        return rows;
    }
}
