package org.oversight.performance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An area's resident population by ethnic group as stored: from the latest census year stored for
 * it and, within it, the source imported last.
 *
 * @param area the area as written in the population file
 * @param figures each ethnic group as written ({@code Asian}, or TS021's {@code Asian, Asian British or
 *     Asian Welsh: Indian}) with its population, in the file's order
 * @param source the source note given on import
 * @param censusYear the census year the figures are for
 */
public record PopulationByGroup(String area, Map<String, Long> figures, String source, int censusYear) {

    public PopulationByGroup {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(source, "source");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
