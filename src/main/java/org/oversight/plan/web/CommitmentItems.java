package org.oversight.plan.web;

import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ReportingCadence;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.web.PlanForms.CommitmentForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** An objective's commitments in the item editor: text, leads, reporting cadence, start and due dates. */
@Component
class CommitmentItems implements ObjectiveItems<Commitment, CommitmentForm> {

    @Override
    public String noun() {
        return "commitment";
    }

    @Override
    public String path() {
        return "commitments";
    }

    @Override
    public String fields() {
        return "plan/commitment-fields";
    }

    @Override
    public List<Commitment> of(Objective objective) {
        return objective.commitments();
    }

    @Override
    public Objective with(Objective objective, int index, Commitment item) {
        return objective.withCommitment(index, item);
    }

    @Override
    public Objective without(Objective objective, int index) {
        return objective.withoutCommitment(index);
    }

    @Override
    public CommitmentForm newForm(int lock) {
        return new CommitmentForm("", "", "", "", "", "", "", lock);
    }

    @Override
    public CommitmentForm form(Commitment c, int lock) {
        return new CommitmentForm(
                c.ref(),
                c.heading(),
                c.text(),
                String.join("\n", c.leads()),
                c.cadence() == null ? "" : c.cadence().code(),
                FormValues.text(c.startOn()),
                FormValues.text(c.dueOn()),
                lock);
    }

    @Override
    public Commitment item(CommitmentForm form, Commitment current, BindingResult errors) {
        LocalDate start = FormValues.date(form.start(), "start", errors);
        LocalDate due = FormValues.date(form.due(), "due", errors);
        ReportingCadence cadence = null;
        if (form.cadence() != null && !form.cadence().isBlank()) {
            try {
                cadence = ReportingCadence.fromCode(form.cadence());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("cadence", "cadence", "Select how often the lead reports");
            }
        }
        if (start != null && due != null && start.isAfter(due)) {
            errors.rejectValue("due", "order", "The due date must be on or after the start date");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return Commitment.of(
                    FormValues.blankToNull(form.ref()),
                    FormValues.blankToNull(form.heading()),
                    form.text().strip(),
                    FormValues.lines(form.leads()),
                    cadence,
                    start,
                    due);
        } catch (PlanRuleViolation e) {
            errors.rejectValue(e.field(), "rule", FormValues.capitalise(e.reason()));
            return null;
        }
    }

    @Override
    public void describe(Model model, CommitmentForm form, Commitment current) {
        model.addAttribute("cadences", ReportingCadence.values());
    }
}
