package org.oversight.performance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.performance.population.PopulationFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Population reference data (Census resident population by area and ethnic group) for rates per
 * 1,000 residents. Imported from CSV with a source note and census year; never assumed.
 */
@Service
public class Population {

    private static final Logger log = LoggerFactory.getLogger(Population.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Population(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports a CSV file in the simple or the ONS Census 2021 layout in one transaction: any problem
     * refuses the whole file ({@link PopulationFileRefused}, each problem with its line). A figure for
     * the same area, ethnic group and source is replaced.
     *
     * @param source where the figures come from, as it should be stated beside every rate
     * @param censusYear the census year the figures are for
     */
    @Transactional
    public PopulationImportResult importFile(
            String fileName, byte[] content, String source, int censusYear, String by) {
        if (source == null || source.isBlank()) {
            throw new PopulationFileRefused(
                    List.of(fileName + ": a source note is required (such as ONS Census 2021," + " TS021)"));
        }
        PopulationFileReader.PopulationFile file = new PopulationFileReader().read(fileName, content);
        Timestamp now = Timestamp.from(clock.instant());
        List<PopulationImported.Figure> replaced = stored(source.strip());
        java.util.Set<String> keys = new java.util.HashSet<>();
        List<PopulationImported.Figure> written = new java.util.ArrayList<>();
        for (PopulationFileReader.PopulationRow row : file.rows()) {
            keys.add(row.area() + "\n" + row.ethnicGroup());
            written.add(new PopulationImported.Figure(row.area(), row.ethnicGroup(), censusYear, row.population()));
            jdbc.sql(
                            """
                            INSERT INTO performance.population (area, ethnic_group, source, census_year, population,
                                file_name, line_number, imported_by, imported_at)
                            VALUES (:area, :group, :source, :year, :population, :file, :line, :by, :at)
                            ON CONFLICT (area, ethnic_group, source) DO UPDATE SET
                                census_year = EXCLUDED.census_year, population = EXCLUDED.population,
                                file_name = EXCLUDED.file_name, line_number = EXCLUDED.line_number,
                                imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at
                            """)
                    .param("area", row.area())
                    .param("group", row.ethnicGroup())
                    .param("source", source.strip())
                    .param("year", censusYear)
                    .param("population", row.population())
                    .param("file", fileName)
                    .param("line", (int) row.line())
                    .param("by", by)
                    .param("at", now)
                    .update();
        }
        int areas = (int) file.rows().stream()
                .map(PopulationFileReader.PopulationRow::area)
                .distinct()
                .count();
        events.publishEvent(new PopulationImported(
                fileName,
                source.strip(),
                censusYear,
                replaced.stream()
                        .filter(figure -> keys.contains(figure.area() + "\n" + figure.ethnicGroup()))
                        .toList(),
                written,
                by));
        log.info(
                "event=population_imported file={} layout={} rows={} areas={}",
                fileName,
                file.layout(),
                file.rows().size(),
                areas);
        return new PopulationImportResult(fileName, file.layout(), file.rows().size(), areas);
    }

    /** The figures stored from a source, as they are before an import. */
    private List<PopulationImported.Figure> stored(String source) {
        return jdbc.sql(
                        "SELECT area, ethnic_group, census_year, population FROM performance.population WHERE source = :source")
                .param("source", source)
                .query((rs, row) -> new PopulationImported.Figure(
                        rs.getString("area"),
                        rs.getString("ethnic_group"),
                        rs.getInt("census_year"),
                        rs.getLong("population")))
                .list();
    }

    /**
     * The area's total population: from the latest census year stored for it, and within that the
     * source imported last. The total is the {@code All} (or {@code Total}) row when there is one,
     * otherwise the sum of the ethnic groups. Empty when nothing is stored for the area.
     */
    @Transactional(readOnly = true)
    public Optional<PopulationTotal> total(String area) {
        record Figure(String group, long population, String source, int year) {}
        List<Figure> figures = jdbc.sql(
                        """
                        SELECT ethnic_group, population, source, census_year FROM performance.population
                        WHERE area = :area AND source = (
                            SELECT source FROM performance.population WHERE area = :area
                            ORDER BY census_year DESC, imported_at DESC, source LIMIT 1)
                        """)
                .param("area", area)
                .query((rs, n) -> new Figure(
                        rs.getString("ethnic_group"),
                        rs.getLong("population"),
                        rs.getString("source"),
                        rs.getInt("census_year")))
                .list();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Figure first = figures.get(0);
        Optional<Figure> all = figures.stream().filter(f -> isTotal(f.group())).findFirst();
        long total = all.isPresent()
                ? all.get().population()
                : figures.stream().mapToLong(Figure::population).sum();
        return Optional.of(new PopulationTotal(area, total, first.source(), first.year()));
    }

    /**
     * The area's figures by ethnic group, from its latest census year stored and, within that, the
     * source imported last (as {@link #total} reads them). Empty when nothing is stored for the area.
     */
    @Transactional(readOnly = true)
    public Optional<PopulationByGroup> byEthnicGroup(String area) {
        record Figure(String group, long population, String source, int year) {}
        List<Figure> figures = jdbc.sql(
                        """
                        SELECT ethnic_group, population, source, census_year FROM performance.population
                        WHERE area = :area AND source = (
                            SELECT source FROM performance.population WHERE area = :area
                            ORDER BY census_year DESC, imported_at DESC, source LIMIT 1)
                        ORDER BY line_number, ethnic_group
                        """)
                .param("area", area)
                .query((rs, n) -> new Figure(
                        rs.getString("ethnic_group"),
                        rs.getLong("population"),
                        rs.getString("source"),
                        rs.getInt("census_year")))
                .list();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, Long> byGroup = new java.util.LinkedHashMap<>();
        figures.forEach(f -> byGroup.put(f.group(), f.population()));
        return Optional.of(new PopulationByGroup(
                area, byGroup, figures.get(0).source(), figures.get(0).year()));
    }

    /** “All”, “Total” or “Total: All usual residents”: every group together. */
    private static boolean isTotal(String group) {
        String lower = group.strip().toLowerCase(Locale.ROOT);
        return lower.equals("all") || lower.startsWith("total");
    }
}
