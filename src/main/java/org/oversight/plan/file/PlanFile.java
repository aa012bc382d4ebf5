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
     * A version as written; {@code variationOfAt} says where its {@code variationOf} was written, for
     * a problem found only when it is compared with the stored versions.
     */
    public record Version(
            String label,
            LocalDate date,
            String variationOf,
            String note,
            List<Objective> objectives,
            PlanFileProblem variationOfAt) {}
}
