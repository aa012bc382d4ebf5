package org.oversight.performance.target;

import java.util.Objects;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;

/**
 * What the evaluation needs to know about a measure.
 *
 * @param name the measure's short name, which starts the sentences (“Burglary”)
 * @param direction which way is better
 * @param unit what the measure counts; {@code null} for plain numbers
 * @param tolerance the at-risk band; {@link Tolerance#DEFAULT} when {@code null}
 */
public record MeasureDefinition(String name, ImprovementDirection direction, MeasureUnit unit, Tolerance tolerance) {

    public MeasureDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a measure needs a name");
        }
        Objects.requireNonNull(direction, "direction");
        tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
    }

    /** A measure with the default tolerance. */
    public MeasureDefinition(String name, ImprovementDirection direction, MeasureUnit unit) {
        this(name, direction, unit, null);
    }

    /** This measure with another tolerance. */
    public MeasureDefinition withTolerance(Tolerance newTolerance) {
        return new MeasureDefinition(name, direction, unit, newTolerance);
    }
}
