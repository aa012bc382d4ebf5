package org.oversight.performance.indicator;

import java.util.Optional;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;

/**
 * The kinds of source an indicator can read, with the unit and aggregation each implies (none for
 * observations, whose unit and aggregation the analyst chooses).
 */
public enum SourceKind {
    POLICE_STREET_COUNT(
            "police-street-count",
            "Street crimes counted",
            "data.police.uk street crimes of chosen crime types (and, if you choose, last outcomes), counted by month",
            MeasureUnit.COUNT,
            Aggregation.SUM),
    POLICE_POSITIVE_OUTCOME_RATE(
            "police-positive-outcome-rate",
            "Positive outcome rate",
            "the percentage of data.police.uk street crimes of chosen types whose last outcome is a positive one",
            MeasureUnit.PERCENT,
            Aggregation.RATIO),
    POLICE_RATE_PER_1000(
            "police-rate-per-1000",
            "Street crimes per 1,000 residents",
            "data.police.uk street crimes of chosen types per 1,000 residents, with the population reference data",
            MeasureUnit.RATE_PER_1000,
            Aggregation.SUM),
    STOP_AND_SEARCH_COUNT(
            "stop-and-search-count",
            "Stops and searches counted",
            "data.police.uk stop and search records, chosen by legislation, outcome, object of search, ethnicity,"
                    + " age or any other column, counted by month",
            MeasureUnit.COUNT,
            Aggregation.SUM),
    STOP_AND_SEARCH_RATE(
            "stop-and-search-rate",
            "Stop and search rate",
            "the percentage of chosen stop and search records that have a chosen outcome (or other value)",
            MeasureUnit.PERCENT,
            Aggregation.RATIO),
    OBSERVATION(
            "observation",
            "Imported observations",
            "figures data.police.uk does not publish (surveys, call handling, workforce…), imported from CSV or"
                    + " Excel",
            null,
            null);

    private final String code;
    private final String label;
    private final String hint;
    private final MeasureUnit unit;
    private final Aggregation aggregation;

    SourceKind(String code, String label, String hint, MeasureUnit unit, Aggregation aggregation) {
        this.code = code;
        this.label = label;
        this.hint = hint;
        this.unit = unit;
        this.aggregation = aggregation;
    }

    /** As written in indicator files: {@code police-street-count}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** What the kind reads, in a sentence's end. */
    public String hint() {
        return hint;
    }

    /** The unit the kind's figures are in; null when the analyst chooses (observations). */
    public MeasureUnit unit() {
        return unit;
    }

    /** How the kind's months combine; null when the analyst chooses (observations). */
    public Aggregation aggregation() {
        return aggregation;
    }

    public static Optional<SourceKind> fromCode(String code) {
        for (SourceKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
