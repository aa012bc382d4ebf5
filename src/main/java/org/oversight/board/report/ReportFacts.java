package org.oversight.board.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;
import org.oversight.updates.CycleReport;

/**
 * Everything a Board report is assembled from, as it stood when it was built.
 *
 * @param planTitle e.g. "Police and Crime Plan 2014-15"
 * @param cycle the reporting cycle the meeting receives; null when the meeting names none
 * @param asAt the month the figures are judged at
 * @param executiveSummary the analyst's executive summary as typed; null for the words built from the facts
 * @param background the analyst's background as typed; null for the words built from the facts
 * @param prompts a member's decisions on prompts by exception key: the edited or adopted text, or
 *     null when dismissed; a key that is absent is a proposal
 */
public record ReportFacts(
        String meetingName,
        LocalDate meetingOn,
        String planKey,
        String versionLabel,
        String planTitle,
        CycleReport cycle,
        YearMonth asAt,
        List<MeasureFacts> measures,
        List<AnsweredQuestion> answered,
        List<TrackedAction> actions,
        Map<String, String> prompts,
        String executiveSummary,
        String background) {

    public ReportFacts {
        measures = List.copyOf(measures);
        answered = List.copyOf(answered);
        actions = List.copyOf(actions);
        prompts = prompts == null ? Map.of() : new java.util.HashMap<>(prompts);
    }

    /** A measure's figures and its chart (null without a monthly series). */
    public record MeasureFacts(MeasurePerformance performance, MeasureChart chart) {}

    /** A question answered since the previous meeting. */
    public record AnsweredQuestion(
            String subject,
            String question,
            String raisedBy,
            LocalDate raisedOn,
            String answer,
            String answeredBy,
            LocalDate answeredOn) {}

    /** An action on the tracker, as it stands at this meeting. */
    public record TrackedAction(
            String text,
            String subject,
            String owner,
            LocalDate dueOn,
            String status,
            LocalDate setOn,
            String latestNote,
            boolean overdue) {}
}
