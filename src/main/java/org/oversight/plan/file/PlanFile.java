package org.oversight.plan.file;

import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.domain.Objective;

/** A plan file read and checked: the plan's header and its versions, oldest first. */
public record PlanFile(String fileName, Header header, List<Version> versions) {

    public record Header(
            String key,
            String title,
            String force,
            String issuedBy,
            LocalDate termFrom,
            LocalDate termTo,
            String source) {}

    /**
     * A version as written; {@code variationOfAt} says where its {@code variationOf} was written, and
     * {@code indicatorsAt} where each measure's indicator was, for problems found only when they are
     * compared with what is stored.
     */
    public record Version(
            String label,
            LocalDate date,
            String variationOf,
            String note,
            List<Objective> objectives,
            PlanFileProblem variationOfAt,
            List<IndicatorAt> indicatorsAt) {

        public Version {
            indicatorsAt = indicatorsAt == null ? List.of() : List.copyOf(indicatorsAt);
        }
    }

    /** Where the indicator of the measure at these positions (0-based, in the version) was written. */
    public record IndicatorAt(int objective, int measure, PlanFileProblem at) {}
}
