package org.oversight.performance.indicator;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.StopSearchFilter;

/**
 * The data series a measure reads, as one version of its definition: its code, name, unit, how
 * months combine over a period and where the figures come from. An indicator's definition may
 * change; each change is a new version, and figures say which version produced them.
 *
 * @param version the definition's version, from 1; 0 for a definition not saved (a preview)
 * @param description what the indicator counts and why it is defined so, in the analyst's words (optional)
 */
public record Indicator(
        String code,
        int version,
        String name,
        MeasureUnit unit,
        Aggregation aggregation,
        Source source,
        String description) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(source, "source");
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** A definition with no description. */
    public Indicator(String code, int version, String name, MeasureUnit unit, Aggregation aggregation, Source source) {
        this(code, version, name, unit, aggregation, source, null);
    }

    public Indicator withVersion(int number) {
        return new Indicator(code, number, name, unit, aggregation, source, description);
    }

    /** Whether the two say the same thing (the version aside). */
    public boolean sameDefinition(Indicator other) {
        return withVersion(0).equals(other.withVersion(0));
    }

    /** Where an indicator's figures come from. */
    public sealed interface Source
            permits StreetCount,
                    PositiveOutcomeRate,
                    PopulationRate,
                    ObservationSeries,
                    StopSearchCount,
                    StopSearchRate {

        SourceKind kind();

        /** The source in words, for people. */
        String words();

        /** The data.police.uk files the figures come from; null for observations. */
        default PoliceDataKind policeData() {
            return PoliceDataKind.STREET;
        }

        /** Whether the figures come from data.police.uk files. */
        default boolean isPoliceData() {
            return policeData() != null;
        }

        /** Whether the figures can be told district by district (street data has LSOAs; searches have none). */
        default boolean byDistrict() {
            return policeData() == PoliceDataKind.STREET;
        }

        /** Whether the figures select crimes by their last outcome, which is recorded months later. */
        default boolean readsOutcomes() {
            return false;
        }
    }

    /** Street crimes of the crime types (all when empty), optionally only with these last outcomes. */
    public record StreetCount(List<String> crimeTypes, List<String> lastOutcomes) implements Source {
        public StreetCount {
            crimeTypes = List.copyOf(crimeTypes);
            lastOutcomes = List.copyOf(lastOutcomes);
        }

        @Override
        public SourceKind kind() {
            return SourceKind.POLICE_STREET_COUNT;
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: "
                    + (crimeTypes.isEmpty() ? "every crime type" : String.join(", ", crimeTypes))
                    + (lastOutcomes.isEmpty() ? "" : " (last outcome: " + String.join(", ", lastOutcomes) + ")");
        }

        @Override
        public boolean readsOutcomes() {
            return !lastOutcomes.isEmpty();
        }
    }

    /** 100 × crimes of the types with a positive last outcome ÷ all crimes of the types. */
    public record PositiveOutcomeRate(List<String> crimeTypes, List<String> positiveOutcomes) implements Source {
        public PositiveOutcomeRate {
            crimeTypes = List.copyOf(crimeTypes);
            positiveOutcomes = List.copyOf(positiveOutcomes);
        }

        @Override
        public SourceKind kind() {
            return SourceKind.POLICE_POSITIVE_OUTCOME_RATE;
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: the percentage of "
                    + (crimeTypes.isEmpty() ? "every crime type" : String.join(", ", crimeTypes))
                    + " whose last outcome category is a positive one";
        }

        @Override
        public boolean readsOutcomes() {
            return true;
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
        public SourceKind kind() {
            return SourceKind.POLICE_RATE_PER_1000;
        }

        @Override
        public String words() {
            return "data.police.uk street crimes: "
                    + (crimeTypes.isEmpty() ? "every crime type" : String.join(", ", crimeTypes))
                    + " per 1,000 residents (population reference data)";
        }
    }

    /** Imported observations of an indicator code. */
    public record ObservationSeries(String observationCode) implements Source {
        @Override
        public SourceKind kind() {
            return SourceKind.OBSERVATION;
        }

        @Override
        public String words() {
            return "imported observations (" + observationCode + ")";
        }

        @Override
        public PoliceDataKind policeData() {
            return null;
        }
    }

    /** Stop and search records the filter takes, counted by month (the whole force only). */
    public record StopSearchCount(StopSearchFilter searches) implements Source {
        @Override
        public SourceKind kind() {
            return SourceKind.STOP_AND_SEARCH_COUNT;
        }

        @Override
        public String words() {
            return "data.police.uk stop and search records" + filterWords(searches);
        }

        @Override
        public PoliceDataKind policeData() {
            return PoliceDataKind.STOP_AND_SEARCH;
        }
    }

    /**
     * 100 × the searches {@code searches} takes that {@code counted} also takes ÷ the searches
     * {@code searches} takes (the ratio of the sums over a period); the whole force only.
     */
    public record StopSearchRate(StopSearchFilter searches, StopSearchFilter counted) implements Source {
        @Override
        public SourceKind kind() {
            return SourceKind.STOP_AND_SEARCH_RATE;
        }

        @Override
        public String words() {
            return "data.police.uk stop and search records: the percentage of searches" + filterWords(searches)
                    + " that have" + filterWords(counted).replaceFirst("^ with", "");
        }

        @Override
        public PoliceDataKind policeData() {
            return PoliceDataKind.STOP_AND_SEARCH;
        }
    }

    /** " with legislation: A or B; outcome: C", or "" for every record. */
    static String filterWords(StopSearchFilter filter) {
        if (filter.values().isEmpty()) {
            return "";
        }
        return " with "
                + filter.values().entrySet().stream()
                        .map(e -> e.getKey().label().toLowerCase(java.util.Locale.UK) + ": "
                                + e.getValue().stream()
                                        .map(v -> v.isEmpty() ? "(blank)" : v)
                                        .collect(Collectors.joining(" or ")))
                        .collect(Collectors.joining("; "));
    }
}
