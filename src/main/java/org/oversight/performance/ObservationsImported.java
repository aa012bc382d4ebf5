package org.oversight.performance;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/**
 * An observations file was imported as batch {@code batchId}: {@code replaced} are the values it
 * replaced (as they were), {@code written} the values it created or changed; values it found already
 * stored are left out of both.
 */
public record ObservationsImported(
        long batchId,
        String fileName,
        String sha256,
        int rows,
        List<Value> replaced,
        List<Value> written,
        int unchanged,
        String by)
        implements AuditedChange {

    /** One value as stored: an indicator's value for a period ({@code 2024-04}, {@code 2024/25}) and area. */
    public record Value(
            String indicator,
            String period,
            String area,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source) {

        static Value of(Observation observation) {
            return new Value(
                    observation.indicatorCode(),
                    observation.period().code(),
                    observation.area(),
                    observation.value(),
                    observation.numerator(),
                    observation.denominator(),
                    observation.source());
        }
    }

    public ObservationsImported {
        replaced = List.copyOf(replaced);
        written = List.copyOf(written);
    }

    @Override
    public String module() {
        return "performance";
    }

    @Override
    public String action() {
        return "observations-imported";
    }

    @Override
    public String objectType() {
        return "observations-file";
    }

    @Override
    public String objectId() {
        return fileName;
    }

    @Override
    public String before() {
        return replaced.isEmpty() ? null : AuditJson.of(replaced);
    }

    @Override
    public String after() {
        return written.isEmpty() ? null : AuditJson.of(written);
    }

    @Override
    public String summary() {
        int created = written.size() - replaced.size();
        return "Observations imported from " + fileName + " (batch " + batchId + "): " + rows
                + (rows == 1 ? " row, " : " rows, ") + created + " new, " + replaced.size() + " replaced, " + unchanged
                + " unchanged";
    }
}
