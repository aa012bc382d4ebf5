package org.oversight.performance.indicator;

import java.util.List;
import java.util.Objects;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;

/**
 * The data series a measure reads: its code, name, unit, how months combine over a period and where
 * the figures come from.
 */
public record Indicator(String code, String name, MeasureUnit unit, Aggregation aggregation, Source source) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(source, "source");
    }

    /** Where an indicator's figures come from. */
    public sealed interface Source permits StreetCount, PositiveOutcomeRate, PopulationRate, ObservationSeries {
        /** The source in words, for people. */
        String words();

        /** Whether the figures come from data.police.uk street files. */
        default boolean isPoliceData() {
            return !(this instanceof ObservationSeries);
        }
    }

    /** Street crimes of the crime types (all when empty), optionally only with these last outcomes. */
    public record StreetCount(List<String> crimeTypes, List<String> lastOutcomes) implements Source {
        public StreetCount {
            crimeTypes = List.copyOf(crimeTypes);
            lastOutcomes = List.copyOf(lastOutcomes);
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: " + String.join(", ", crimeTypes)
                    + (lastOutcomes.isEmpty() ? "" : " (last outcome: " + String.join(", ", lastOutcomes) + ")");
        }
    }

    /** 100 × crimes of the types with a positive last outcome ÷ all crimes of the types. */
    public record PositiveOutcomeRate(List<String> crimeTypes, List<String> positiveOutcomes) implements Source {
        public PositiveOutcomeRate {
            crimeTypes = List.copyOf(crimeTypes);
            positiveOutcomes = List.copyOf(positiveOutcomes);
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: the percentage of " + String.join(", ", crimeTypes)
                    + " whose last outcome category is a positive one";
        }
    }

    /**
     * Street crimes of the crime types per 1,000 residents: each month's count × 1,000 ÷ the area's
     * total population from the population reference data (a district by its own name, the whole
     * force by {@code forcePopulationArea}). Over a period the monthly rates add up, which is the
     * period's crimes per 1,000 residents.
     */
    public record PopulationRate(List<String> crimeTypes, String forcePopulationArea) implements Source {
        public PopulationRate {
            crimeTypes = List.copyOf(crimeTypes);
            Objects.requireNonNull(forcePopulationArea, "forcePopulationArea");
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: " + String.join(", ", crimeTypes)
                    + " per 1,000 residents (population reference data)";
        }
    }

    /** Imported observations of an indicator code. */
    public record ObservationSeries(String observationCode) implements Source {
        @Override
        public String words() {
            return "imported observations (" + observationCode + ")";
        }
    }
}
