package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An objective (priority) of a plan version, with its commitments and measures in the plan's order.
 * {@code reasonsForChange} holds the plan's own rationale for what this version changed in the
 * objective (the 2014-15 plan gives one in each section).
 */
@Table(schema = "plan", name = "objective")
public record Objective(
        String number,
        String title,
        String section,
        String description,
        String reasonsForChange,
        @MappedCollection(idColumn = "plan_version", keyColumn = "objective_key") List<Commitment> commitments,
        @MappedCollection(idColumn = "plan_version", keyColumn = "objective_key") List<Measure> measures) {

    public Objective {
        Plan.require(title, "title");
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public Objective withHeader(
            String number, String title, String section, String description, String reasonsForChange) {
        return new Objective(number, title, section, description, reasonsForChange, commitments, measures);
    }

    public Objective withCommitment(int index, Commitment commitment) {
        return new Objective(
                number,
                title,
                section,
                description,
                reasonsForChange,
                replace(commitments, index, commitment),
                measures);
    }

    public Objective withoutCommitment(int index) {
        return new Objective(
                number, title, section, description, reasonsForChange, remove(commitments, index), measures);
    }

    public Objective withMeasure(int index, Measure measure) {
        return new Objective(
                number, title, section, description, reasonsForChange, commitments, replace(measures, index, measure));
    }

    public Objective withoutMeasure(int index) {
        return new Objective(
                number, title, section, description, reasonsForChange, commitments, remove(measures, index));
    }

    /** Replaces the item at index, or appends it when index is the list's size. */
    static <T> List<T> replace(List<T> items, int index, T item) {
        List<T> copy = new ArrayList<>(items);
        if (index == copy.size()) {
            copy.add(item);
        } else {
            copy.set(index, item);
        }
        return copy;
    }

    static <T> List<T> remove(List<T> items, int index) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(index);
        return copy;
    }
}
