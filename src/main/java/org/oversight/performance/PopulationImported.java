package org.oversight.performance;

import java.util.List;
import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/**
 * A population file was imported with its source note: {@code written} are the figures it stored,
 * {@code replaced} the figures (same area, ethnic group and source) it replaced, as they were.
 */
public record PopulationImported(
        String fileName, String source, int censusYear, List<Figure> replaced, List<Figure> written, String by)
        implements AuditedChange {

    /** One figure: an area's residents of an ethnic group in a census year. */
    public record Figure(String area, String ethnicGroup, int censusYear, long population) {}

    public PopulationImported {
        replaced = List.copyOf(replaced);
        written = List.copyOf(written);
    }

    @Override
    public String module() {
        return "performance";
    }

    @Override
    public String action() {
        return "population-imported";
    }

    @Override
    public String objectType() {
        return "population";
    }

    @Override
    public String objectId() {
        return source;
    }

    @Override
    public String before() {
        return replaced.isEmpty() ? null : AuditJson.of(replaced);
    }

    @Override
    public String after() {
        return AuditJson.of(written);
    }

    @Override
    public String summary() {
        return "Population figures imported from " + fileName + " (" + source + ", " + censusYear + "): "
                + written.size() + (written.size() == 1 ? " figure, " : " figures, ") + replaced.size() + " replaced";
    }
}
