package org.oversight.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oversight.plan.domain.PlanNames;

/** The forms analysts fill in to create and edit plans. {@code lock} carries the version being edited. */
final class PlanForms {

    private PlanForms() {}

    static final String DATE = "^$|\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "Enter a date in the form 2015-03-31";

    static final String KEY_MESSAGE =
            "The key can only have lower-case letters and digits, in words joined by single hyphens, like"
                    + " wm-police-and-crime-plan";

    static final String LABEL = "^$|" + PlanNames.LABEL_PATTERN;

    static final String LABEL_MESSAGE = "The label can only have letters and digits, in words joined by a single"
            + " hyphen, full stop, underscore or space, like 2024-25";

    /** Spaces and line breaks around a name are dropped before it is checked, as people type them by accident. */
    static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    record NewPlanForm(
            @NotBlank(message = "Enter a key for the plan")
                    @Pattern(regexp = "^$|" + PlanNames.KEY_PATTERN, message = KEY_MESSAGE)
                    @Size(max = PlanNames.KEY_MAX_LENGTH, message = "The key must be 80 characters or fewer")
                    String key,
            @NotBlank(message = "Enter a title for the plan") String title,
            @NotBlank(message = "Enter the police force") String force,
            String issuedBy,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String termFrom,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String termTo,
            @NotBlank(message = "Enter a label for the first version, like 2024-25")
                    @Pattern(regexp = LABEL, message = LABEL_MESSAGE)
                    @Size(max = PlanNames.LABEL_MAX_LENGTH, message = "The label must be 40 characters or fewer")
                    String label,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String date) {

        NewPlanForm {
            key = stripped(key);
            label = stripped(label);
        }

        static NewPlanForm empty() {
            return new NewPlanForm("", "", "", "", "", "", "", "");
        }
    }

    record VersionForm(
            @NotBlank(message = "Enter a label for the version, like 2024-25")
                    @Pattern(regexp = LABEL, message = LABEL_MESSAGE)
                    @Size(max = PlanNames.LABEL_MAX_LENGTH, message = "The label must be 40 characters or fewer")
                    String label,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String date,
            String note,
            @NotNull Integer lock) {

        VersionForm {
            label = stripped(label);
        }
    }

    record ObjectiveForm(
            @Size(max = 20, message = "The number must be 20 characters or fewer") String number,
            @NotBlank(message = "Enter a title for the objective") String title,
            String section,
            String description,
            String reasonsForChange,
            @NotNull Integer lock) {}

    record CommitmentForm(
            @Size(max = 40, message = "The reference must be 40 characters or fewer") String ref,
            String heading,
            @NotBlank(message = "Enter the commitment as the plan words it") String text,
            String leads,
            String cadence,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String start,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String due,
            @NotNull Integer lock) {}

    /**
     * A measure. The target's fields are kept per kind of target ({@code changeByPercent.percent},
     * {@code threshold.value} …): the page groups them under the kind they belong to, and only the
     * chosen kind's are read. {@code targetKind} "keep" keeps a target the form cannot show (milestones).
     */
    record MeasureForm(
            @Size(max = 40, message = "The reference must be 40 characters or fewer") String ref,
            String heading,
            @NotBlank(message = "Enter the measure as the plan words it") String text,
            @NotBlank(message = "Select the direction of improvement") String direction,
            String unit,
            String leads,
            @NotBlank(message = "Select the kind of target") String targetKind,
            TargetFields changeByPercent,
            TargetFields changeByAmount,
            TargetFields changeOnBaseline,
            TargetFields threshold,
            TargetFields reach,
            TargetFields maintain,
            TargetFields betterThanPeers,
            String baselineInferred,
            String targetFromCommitment,
            @NotNull Integer lock) {

        MeasureForm {
            changeByPercent = TargetFields.orEmpty(changeByPercent);
            changeByAmount = TargetFields.orEmpty(changeByAmount);
            changeOnBaseline = TargetFields.orEmpty(changeOnBaseline);
            threshold = TargetFields.orEmpty(threshold);
            reach = TargetFields.orEmpty(reach);
            maintain = TargetFields.orEmpty(maintain);
            betterThanPeers = TargetFields.orEmpty(betterThanPeers);
        }

        /** The fields of one kind of target, by its form property ({@code changeByPercent}). */
        TargetFields fields(TargetKind kind) {
            return switch (kind) {
                case CHANGE_BY_PERCENT -> changeByPercent;
                case CHANGE_BY_AMOUNT -> changeByAmount;
                case CHANGE_ON_BASELINE -> changeOnBaseline;
                case THRESHOLD -> threshold;
                case REACH -> reach;
                case MAINTAIN -> maintain;
                case BETTER_THAN_PEERS -> betterThanPeers;
            };
        }
    }

    /**
     * What one kind of target is written with, in the plan file's own words (change, percent, …);
     * each kind uses some of them ({@link TargetKind#fields()}).
     */
    record TargetFields(
            String change,
            String percent,
            String amount,
            String comparator,
            String value,
            String baseline,
            String period,
            String by,
            String peerGroup) {

        static final TargetFields EMPTY = new TargetFields(null, null, null, null, null, null, null, null, null);

        static TargetFields orEmpty(TargetFields fields) {
            return fields == null ? EMPTY : fields;
        }
    }

    record VariationForm(
            @NotBlank(message = "Enter a label for the new version, like 2015-16")
                    @Pattern(regexp = LABEL, message = LABEL_MESSAGE)
                    @Size(max = PlanNames.LABEL_MAX_LENGTH, message = "The label must be 40 characters or fewer")
                    String label,
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String date) {

        VariationForm {
            label = stripped(label);
        }
    }
}
