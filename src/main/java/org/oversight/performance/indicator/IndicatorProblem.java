package org.oversight.performance.indicator;

/**
 * Something wrong with an indicator's definition: the field ({@code name}, {@code source.crimeTypes[2]}),
 * relative to the indicator, and what is wrong with it.
 */
public record IndicatorProblem(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
