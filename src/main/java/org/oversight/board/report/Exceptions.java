package org.oversight.board.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oversight.performance.MeasurePerformance;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdateState;

/**
 * Finds the exceptions for the one-page summary: measures whose latest judged month is a
 * special-cause concern, targets off track or not met, and updates overdue at the meeting.
 */
public final class Exceptions {

    static final String CONCERN = "special_cause_concern";
    private static final Set<String> OFF_TRACK = Set.of("off_track", "not_met");

    private Exceptions() {}

    /** Every exception of the facts: concerns and targets in the measures' order, then overdue updates. */
    public static List<ExceptionItem> of(List<MeasurePerformance> measures, CycleReport cycle) {
        List<ExceptionItem> found = new ArrayList<>();
        for (MeasurePerformance measure : measures) {
            concern(measure).ifPresent(found::add);
        }
        for (MeasurePerformance measure : measures) {
            offTrack(measure).ifPresent(found::add);
        }
        if (cycle != null) {
            for (CycleReport.Item item : cycle.items()) {
                if (item.state() == UpdateState.OVERDUE) {
                    found.add(new ExceptionItem.OverdueUpdate(
                            item.ref(), item.commitmentText(), item.leads(), cycle.deadline()));
                }
            }
        }
        return found;
    }

    /**
     * A special-cause concern when the latest judged month is one: the run of concern months that
     * ends with it (how long, since when) and its side, as the SPC summary gives it.
     */
    static Optional<ExceptionItem> concern(MeasurePerformance measure) {
        if (measure.spc() == null || !CONCERN.equals(measure.spc().variation())) {
            return Optional.empty();
        }
        List<MeasurePerformance.MonthPoint> judged = measure.series().stream()
                .filter(point -> !point.provisional() && point.pointType() != null)
                .toList();
        int months = 0;
        YearMonth since = null;
        for (int i = judged.size() - 1; i >= 0 && CONCERN.equals(judged.get(i).pointType()); i--) {
            months++;
            since = YearMonth.parse(judged.get(i).period());
        }
        if (months == 0) {
            return Optional.empty();
        }
        return Optional.of(new ExceptionItem.SpecialCauseConcern(
                key(measure), name(measure), measure.spc().high(), months, since));
    }

    static Optional<ExceptionItem> offTrack(MeasurePerformance measure) {
        if (measure.targetStatus() == null || !OFF_TRACK.contains(measure.targetStatus())) {
            return Optional.empty();
        }
        return Optional.of(new ExceptionItem.OffTrackTarget(
                key(measure), name(measure), measure.targetWords(), measure.targetStatusWords()));
    }

    /** How the report names a measure: its indicator's name ("Public place violence"), else its text. */
    public static String name(MeasurePerformance measure) {
        return measure.indicatorName() != null ? measure.indicatorName() : measure.measureText();
    }

    /** {@code 4.6/M2}: the measure's objective and ref. */
    public static String key(MeasurePerformance measure) {
        return measure.objectiveNumber() + "/" + measure.measureRef();
    }
}
