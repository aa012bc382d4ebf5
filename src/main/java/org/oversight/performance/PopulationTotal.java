package org.oversight.performance;

import java.util.Objects;

/**
 * An area's total resident population from the population reference data.
 *
 * @param area the area as written in the population file
 * @param population the total: the {@code All} (or {@code Total}) row when the source has one,
 *     otherwise the sum of every ethnic group's figure
 * @param source the source note given on import ("ONS Census 2021, TS021")
 * @param censusYear the census year the figures are for
 */
public record PopulationTotal(String area, long population, String source, int censusYear) {

    public PopulationTotal {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(source, "source");
    }

    /** The total with its source and census year: “2,919,664 residents (ONS Census 2021, TS021; census 2021)”. */
    public String words() {
        return String.format(java.util.Locale.UK, "%,d", population) + " residents (" + source + "; census "
                + censusYear + ")";
    }
}
