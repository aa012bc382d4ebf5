package org.oversight.board.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.tracker.Questions;
import org.oversight.board.tracker.SubjectKind;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanCommitment;
import org.oversight.plan.PlanMeasure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the Board's pages share: the meeting an address names (or a 404), subjects, and refusals as form errors. */
@Component
class BoardPages {

    private final Meetings meetings;
    private final PlanApi plans;

    BoardPages(Meetings meetings, PlanApi plans) {
        this.meetings = meetings;
        this.plans = plans;
    }

    Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> notFound("There is no Board meeting " + id + "."));
    }

    static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }

    /** A subject a question can be raised against, with the value its form option carries. */
    record Choice(String value, String label, Questions.Subject subject) {}

    /** The report, then each measure, then each commitment of the meeting's plan version. */
    List<Choice> subjects(Meeting meeting) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(
                "report",
                "The report as a whole",
                new Questions.Subject(SubjectKind.REPORT, null, "The report", List.of())));
        for (PlanMeasure m : plans.measures(meeting.planKey(), meeting.versionLabel())) {
            String key = m.objectiveNumber() + "/" + m.ref();
            String label = "Measure " + m.objectiveNumber() + " " + m.ref() + ": " + m.text();
            choices.add(new Choice(
                    "measure:" + key, label, new Questions.Subject(SubjectKind.MEASURE, key, label, m.leads())));
        }
        for (PlanCommitment c : plans.commitments(meeting.planKey(), meeting.versionLabel())) {
            String label = "Milestone " + c.ref() + ": " + c.text();
            choices.add(new Choice(
                    "commitment:" + c.ref(),
                    label,
                    new Questions.Subject(SubjectKind.COMMITMENT, c.ref(), label, c.leads())));
        }
        return choices;
    }

    /** A refusal "field: message" as a form error keyed by its field ("form" when it names none). */
    static Map<String, String> error(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "That could not be done." : e.getMessage();
        int colon = message.indexOf(": ");
        String field =
                colon > 0 && message.substring(0, colon).matches("[a-zA-Z]+") ? message.substring(0, colon) : "form";
        String text = field.equals("form") ? message : message.substring(colon + 2);
        return Map.of(field, text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }
}
