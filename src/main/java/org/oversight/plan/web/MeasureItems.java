package org.oversight.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.TargetCodec;
import org.oversight.plan.web.PlanForms.MeasureForm;
import org.oversight.plan.web.PlanForms.TargetFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * An objective's measures in the item editor: text, direction, unit, leads and the target, whose
 * fields are kept per kind of target and read only for the chosen kind.
 */
@Component
class MeasureItems implements ObjectiveItems<Measure, MeasureForm> {

    /** Kinds with no fields of their own: no target, or annual milestones kept as they are. */
    static final String MONITOR = "monitor";

    static final String KEEP = "keep";

    @Override
    public String noun() {
        return "measure";
    }

    @Override
    public String path() {
        return "measures";
    }

    @Override
    public String fields() {
        return "plan/measure-fields";
    }

    @Override
    public List<Measure> of(Objective objective) {
        return objective.measures();
    }

    @Override
    public Objective with(Objective objective, int index, Measure item) {
        return objective.withMeasure(index, item);
    }

    @Override
    public Objective without(Objective objective, int index) {
        return objective.withoutMeasure(index);
    }

    @Override
    public MeasureForm newForm(int lock) {
        return new MeasureForm("", "", "", "", "", "", MONITOR, null, null, null, null, null, null, null, "", "", lock);
    }

    @Override
    public MeasureForm form(Measure measure, int lock) {
        Target target = measure.target();
        String kind = target instanceof Target.Milestones ? KEEP : target.kind();
        TargetFields fields = fields(target);
        Map<TargetKind, TargetFields> byKind = new LinkedHashMap<>();
        TargetKind.of(kind).ifPresent(k -> byKind.put(k, fields));
        return new MeasureForm(
                measure.ref(),
                measure.heading(),
                measure.text(),
                measure.direction().code(),
                measure.unit() == null ? "" : measure.unit().code(),
                String.join("\n", measure.leads()),
                kind,
                byKind.get(TargetKind.CHANGE_BY_PERCENT),
                byKind.get(TargetKind.CHANGE_BY_AMOUNT),
                byKind.get(TargetKind.CHANGE_ON_BASELINE),
                byKind.get(TargetKind.THRESHOLD),
                byKind.get(TargetKind.REACH),
                byKind.get(TargetKind.MAINTAIN),
                byKind.get(TargetKind.BETTER_THAN_PEERS),
                FormValues.text(measure.baselineInferred()),
                measure.targetFromCommitment() ? "true" : "",
                lock);
    }

    @Override
    public Measure item(MeasureForm form, Measure current, BindingResult errors) {
        if (errors.hasFieldErrors("targetKind")) {
            return null;
        }
        Target target = KEEP.equals(form.targetKind()) && current != null ? current.target() : target(form, errors);
        ImprovementDirection direction = direction(form.direction(), errors);
        MeasureUnit unit = unit(form.unit(), errors);
        if (target == null || errors.hasErrors()) {
            return null;
        }
        try {
            // The indicator link is kept as it was: it is changed from the measure's performance page.
            Measure edited = Measure.of(
                    FormValues.blankToNull(form.ref()),
                    FormValues.blankToNull(form.heading()),
                    form.text().strip(),
                    direction,
                    unit,
                    FormValues.lines(form.leads()),
                    target,
                    FormValues.blankToNull(form.baselineInferred()),
                    "true".equals(form.targetFromCommitment()));
            return current == null ? edited : edited.withIndicator(current.indicator(), current.noIndicatorReason());
        } catch (PlanRuleViolation e) {
            errors.rejectValue(
                    "target".equals(e.field()) ? "targetKind" : e.field(), "rule", FormValues.capitalise(e.reason()));
            return null;
        }
    }

    /** The direction chosen; one the form does not offer is a mistake on the direction (not on any other field). */
    private static ImprovementDirection direction(String code, BindingResult errors) {
        if (code == null || code.isBlank() || errors.hasFieldErrors("direction")) {
            return null; // required: said by the form's validation
        }
        try {
            return ImprovementDirection.fromCode(code);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("direction", "direction", "Select the direction of improvement");
            return null;
        }
    }

    private static MeasureUnit unit(String code, BindingResult errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return MeasureUnit.fromCode(code);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("unit", "unit", "Select what the measure counts from the list, or None given");
            return null;
        }
    }

    @Override
    public void describe(Model model, MeasureForm form, Measure current) {
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute(
                "currentTarget", current == null ? null : current.target().words(current.unit()));
        model.addAttribute("milestones", current != null && current.target() instanceof Target.Milestones);
    }

    /** The form fields showing a stored target: its plan-file fields as text. */
    private static TargetFields fields(Target target) {
        Map<String, Object> map = TargetCodec.toMap(target);
        return new TargetFields(
                FormValues.text(map.get("change")),
                FormValues.text(map.get("percent")),
                FormValues.text(map.get("amount")),
                FormValues.text(map.get("comparator")),
                FormValues.text(map.get("value")),
                FormValues.text(map.get("baseline")),
                FormValues.text(map.get("period")),
                FormValues.text(map.get("by")),
                FormValues.text(map.get("peerGroup")));
    }

    /** The target of the chosen kind, read from that kind's fields only; null with the problems in {@code errors}. */
    private static Target target(MeasureForm form, BindingResult errors) {
        if (MONITOR.equals(form.targetKind())) {
            return new Target.Monitor();
        }
        TargetKind kind = TargetKind.of(form.targetKind()).orElse(null);
        if (kind == null) {
            errors.rejectValue("targetKind", "kind", "Select the kind of target");
            return null;
        }
        TargetFields fields = form.fields(kind);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind.code());
        for (TargetKind.Field field : kind.fields()) {
            String value = FormValues.blankToNull(value(fields, field.name()));
            if (value != null) {
                map.put(field.name(), value);
            }
        }
        try {
            return TargetCodec.fromMap(map);
        } catch (IllegalArgumentException e) {
            String message = Objects.requireNonNullElse(e.getMessage(), "");
            int colon = message.indexOf(':');
            String field = colon > 0 ? message.substring(0, colon) : "";
            errors.rejectValue(
                    kind.fields().stream().anyMatch(f -> f.name().equals(field))
                            ? kind.property() + "." + field
                            : "targetKind",
                    "target",
                    FormValues.capitalise(
                            colon > 0 ? message.substring(colon + 1).strip() : message));
            return null;
        }
    }

    private static String value(TargetFields fields, String field) {
        return switch (field) {
            case "change" -> fields.change();
            case "percent" -> fields.percent();
            case "amount" -> fields.amount();
            case "comparator" -> fields.comparator();
            case "value" -> fields.value();
            case "baseline" -> fields.baseline();
            case "period" -> fields.period();
            case "by" -> fields.by();
            case "peerGroup" -> fields.peerGroup();
            default -> throw new IllegalArgumentException("a target has no field '" + field + "'");
        };
    }
}
