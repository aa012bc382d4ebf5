package org.oversight.plan.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.domain.PlanConflict;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.PlanVersion;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Saves a change made in a form to the plan version the form was opened from. Every form carries
 * the version it was opened from ({@code lock}); a save from an out-of-date form is refused, the
 * form is shown again with the analyst's input, the reason and what is saved now where it differs,
 * and nothing stored changes.
 */
@Component
class VersionEdits {

    static final String CONFLICT = "conflict";

    private final PlanRegister register;

    VersionEdits(PlanRegister register) {
        this.register = register;
    }

    /**
     * Applies {@code change} to {@code current}; false when refused, with the reason in {@code errors}
     * and, after a conflict, the model attributes the form shows: the conflict message, the current
     * lock (so that saving again after checking is deliberate) and {@code nowSaved}, the fields where
     * what is stored ({@code storedForm} of the fresh version) differs from the input.
     */
    boolean save(
            String key,
            PlanVersion current,
            Record submitted,
            Function<PlanVersion, Object> storedForm,
            UnaryOperator<PlanVersion> change,
            BindingResult errors,
            Model model) {
        int lock = (Integer) value(submitted, "lock");
        try {
            if (current.version() != lock) {
                throw new PlanConflict("This version of the plan");
            }
            register.saveVersion(change.apply(current), lock, CurrentUser.name());
            return true;
        } catch (PlanConflict e) {
            PlanVersion fresh = register.version(key, current.label());
            model.addAttribute(
                    CONFLICT,
                    e.getMessage() + " "
                            + (fresh.updatedBy() == null ? "" : "It was last saved by " + fresh.updatedBy() + ". ")
                            + "Your changes are still in the form below, with what is saved now shown under each field"
                            + " that differs: keep what should stay, then save again.");
            model.addAttribute("currentLock", fresh.version());
            model.addAttribute("nowSaved", differences(submitted, storedForm.apply(fresh)));
            errors.reject("conflict", e.getMessage());
            return false;
        } catch (PlanRuleViolation e) {
            errors.reject("rule", FormValues.capitalise(e.getMessage()));
            return false;
        }
    }

    /**
     * The fields where the stored item now differs from what the analyst submitted, by field path:
     * a field of a nested record is named {@code outer.inner}. Nothing when the item is gone.
     */
    static Map<String, String> differences(Record submitted, Object stored) {
        Map<String, String> differences = new LinkedHashMap<>();
        if (stored instanceof Record storedRecord) {
            collect("", submitted, storedRecord, differences);
        }
        return differences;
    }

    private static void collect(String prefix, Record mine, Record theirs, Map<String, String> differences) {
        for (RecordComponent component : mine.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("lock")) {
                continue;
            }
            Object mineValue = value(mine, name);
            Object theirValue = value(theirs, name);
            if (mineValue instanceof Record nestedMine && theirValue instanceof Record nestedTheirs) {
                collect(prefix + name + ".", nestedMine, nestedTheirs, differences);
                continue;
            }
            String a = normalise(mineValue);
            String b = normalise(theirValue);
            if (!a.equals(b)) {
                differences.put(prefix + name, b.isEmpty() ? "(empty)" : b);
            }
        }
    }

    private static Object value(Record record, String component) {
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(component)) {
                    return c.getAccessor().invoke(record);
                }
            }
            throw new IllegalArgumentException(component);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(Object value) {
        return value == null ? "" : value.toString().strip().replace("\r\n", "\n");
    }
}
