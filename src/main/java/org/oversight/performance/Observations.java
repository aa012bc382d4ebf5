package org.oversight.performance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.oversight.performance.observation.ObservationFileReader;
import org.oversight.shared.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations: values for indicators that data.police.uk does not publish (survey confidence and
 * satisfaction, 999/101 answer times, officer, PCSO and Special numbers, complaints…), imported
 * from CSV or Excel with provenance. One value per indicator, period and area.
 */
@Service
public class Observations {

    private static final Logger log = LoggerFactory.getLogger(Observations.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Observations(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports a file (CSV, or .xlsx by its name) in one transaction: every row is checked first and
     * any problem refuses the whole file ({@link ObservationFileRefused}, each problem with its line
     * and column). A value already stored for the same indicator, period and area is replaced, so
     * importing a file again never duplicates.
     */
    @Transactional
    public ObservationImportResult importFile(String fileName, byte[] content, String by) {
        List<ObservationFileReader.Line> lines = new ObservationFileReader().read(fileName, content);
        long batchId = jdbc.sql(
                        """
                        INSERT INTO performance.observation_batch (file_name, sha256, row_count, imported_by, imported_at)
                        VALUES (:file, :sha, :rows, :by, :at) RETURNING id
                        """)
                .param("file", fileName)
                .param("sha", sha256(content))
                .param("rows", lines.size())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ObservationsImported.Value> replaced = new java.util.ArrayList<>();
        List<ObservationsImported.Value> written = new java.util.ArrayList<>();
        for (ObservationFileReader.Line line : lines) {
            Observation o = line.observation();
            List<Observation> stored = find(o.indicatorCode(), o.period(), o.area());
            if (!stored.isEmpty() && same(stored.get(0), o)) {
                unchanged++;
                continue;
            }
            jdbc.sql(
                            """
                            INSERT INTO performance.observation (indicator_code, period, period_start, period_end, area,
                                value, numerator, denominator, source, batch_id, line_number)
                            VALUES (:indicator, :period, :start, :end, :area, :value, :numerator, :denominator, :source,
                                :batch, :line)
                            ON CONFLICT (indicator_code, period, area) DO UPDATE SET
                                value = EXCLUDED.value, numerator = EXCLUDED.numerator,
                                denominator = EXCLUDED.denominator, source = EXCLUDED.source,
                                batch_id = EXCLUDED.batch_id, line_number = EXCLUDED.line_number
                            """)
                    .param("indicator", o.indicatorCode())
                    .param("period", o.period().code())
                    .param("start", Date.valueOf(o.period().firstDay()))
                    .param("end", Date.valueOf(o.period().lastDay()))
                    .param("area", o.area())
                    .param("value", o.value())
                    .param("numerator", o.numerator())
                    .param("denominator", o.denominator())
                    .param("source", o.source())
                    .param("batch", batchId)
                    .param("line", (int) line.number())
                    .update();
            if (stored.isEmpty()) {
                created++;
            } else {
                updated++;
                replaced.add(ObservationsImported.Value.of(stored.get(0)));
            }
            written.add(ObservationsImported.Value.of(o));
        }
        events.publishEvent(new ObservationsImported(
                batchId, fileName, sha256(content), lines.size(), replaced, written, unchanged, by));
        log.info(
                "event=observations_imported file={} rows={} created={} updated={} unchanged={}",
                fileName,
                lines.size(),
                created,
                updated,
                unchanged);
        return new ObservationImportResult(fileName, batchId, lines.size(), created, updated, unchanged);
    }

    /** An indicator's values for an area, oldest period first. */
    @Transactional(readOnly = true)
    public List<Observation> series(String indicatorCode, String area) {
        return jdbc.sql(
                        """
                        SELECT indicator_code, period, area, value, numerator, denominator, source
                        FROM performance.observation WHERE indicator_code = :indicator AND area = :area
                        ORDER BY period_start, period_end
                        """)
                .param("indicator", indicatorCode)
                .param("area", area)
                .query((rs, row) -> new Observation(
                        rs.getString("indicator_code"),
                        ReportingPeriod.parse(rs.getString("period")),
                        rs.getString("area"),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("numerator"),
                        rs.getBigDecimal("denominator"),
                        rs.getString("source")))
                .list();
    }

    /**
     * Changes whenever observations may have changed: observations are only ever written by importing
     * a file, and every import adds a batch (the count catches a batch committed after one with a
     * higher id). Series read after this revision stay true until it changes.
     */
    @Transactional(readOnly = true)
    public String revision() {
        return jdbc.sql("SELECT count(*) || ':' || coalesce(max(id), 0) FROM performance.observation_batch")
                .query(String.class)
                .single();
    }

    /** The codes observations have been imported under, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> seriesCodes() {
        return jdbc.sql("SELECT DISTINCT indicator_code FROM performance.observation ORDER BY indicator_code")
                .query(String.class)
                .list();
    }

    private List<Observation> find(String indicator, ReportingPeriod period, String area) {
        return jdbc.sql(
                        """
                        SELECT indicator_code, period, area, value, numerator, denominator, source
                        FROM performance.observation
                        WHERE indicator_code = :indicator AND period = :period AND area = :area
                        """)
                .param("indicator", indicator)
                .param("period", period.code())
                .param("area", area)
                .query((rs, row) -> new Observation(
                        rs.getString("indicator_code"),
                        period,
                        rs.getString("area"),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("numerator"),
                        rs.getBigDecimal("denominator"),
                        rs.getString("source")))
                .list();
    }

    private static boolean same(Observation a, Observation b) {
        return equal(a.value(), b.value())
                && equal(a.numerator(), b.numerator())
                && equal(a.denominator(), b.denominator())
                && java.util.Objects.equals(a.source(), b.source());
    }

    private static boolean equal(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
