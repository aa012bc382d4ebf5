package org.oversight.performance.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.performance.Observations;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.StopSearchField;
import org.oversight.policedata.StopSearchFilter;
import org.springframework.stereotype.Component;

/**
 * Checks an indicator's values against what they name: the crime types, outcome categories and stop
 * and search values data.police.uk publishes (or that the imported files hold), and observation
 * series that exist. Each problem names its field and lists what may be used instead.
 */
@Component
class IndicatorRules {

    private final PoliceDataApi policeData;
    private final Observations observations;

    IndicatorRules(PoliceDataApi policeData, Observations observations) {
        this.policeData = policeData;
        this.observations = observations;
    }

    /** What Oversight knows of, read once for checking many indicators. */
    record Known(
            Collection<String> crimeTypes,
            Collection<String> outcomes,
            Map<StopSearchField, List<String>> stopSearch,
            Set<String> observationSeries) {}

    /**
     * What is known now; {@code observationIndicators} are the codes of observation indicators that
     * read their own series (stored, or being saved with this one), whose series are known even
     * before any observation is imported.
     */
    Known known(Collection<String> observationIndicators) {
        Map<StopSearchField, List<String>> stopSearch = new java.util.EnumMap<>(StopSearchField.class);
        for (StopSearchField field : StopSearchField.values()) {
            stopSearch.put(field, policeData.stopSearchValues(field));
        }
        Set<String> series = new java.util.HashSet<>(observations.seriesCodes());
        series.addAll(observationIndicators);
        return new Known(policeData.crimeTypes(), policeData.outcomeCategories(), stopSearch, series);
    }

    /** Every problem with the indicator's values. */
    List<IndicatorProblem> check(Indicator indicator, Known known) {
        List<IndicatorProblem> problems = new ArrayList<>();
        Indicator.Source source = indicator.source();
        if (source instanceof Indicator.StreetCount count) {
            crimeTypes(count.crimeTypes(), known, problems);
            values(
                    count.lastOutcomes(),
                    known.outcomes(),
                    "source.lastOutcomes",
                    "a data.police.uk last outcome category",
                    problems);
        } else if (source instanceof Indicator.PositiveOutcomeRate rate) {
            crimeTypes(rate.crimeTypes(), known, problems);
            values(
                    rate.positiveOutcomes(),
                    known.outcomes(),
                    "source.positiveOutcomes",
                    "a data.police.uk last outcome category",
                    problems);
        } else if (source instanceof Indicator.PopulationRate rate) {
            crimeTypes(rate.crimeTypes(), known, problems);
        } else if (source instanceof Indicator.ObservationSeries observed) {
            String series = observed.observationCode();
            if (!series.equals(indicator.code()) && !known.observationSeries().contains(series)) {
                problems.add(new IndicatorProblem(
                        "source.observation",
                        "there is no observation series '" + series + "': no observations have been imported under"
                                + " that code and no observation indicator has it as its own. Leave it out to read"
                                + " this indicator's own series (observations imported under '" + indicator.code()
                                + "')"));
            }
        } else if (source instanceof Indicator.StopSearchCount count) {
            filter(count.searches(), "source.searches", known, problems);
        } else if (source instanceof Indicator.StopSearchRate rate) {
            filter(rate.searches(), "source.searches", known, problems);
            filter(rate.counted(), "source.counted", known, problems);
        }
        return problems;
    }

    private static void crimeTypes(List<String> types, Known known, List<IndicatorProblem> problems) {
        values(types, known.crimeTypes(), "source.crimeTypes", "a data.police.uk crime type", problems);
    }

    private static void filter(StopSearchFilter filter, String path, Known known, List<IndicatorProblem> problems) {
        filter.values().forEach((field, values) -> {
            List<String> allowed = new ArrayList<>(known.stopSearch().get(field));
            int i = 0;
            for (String value : values) {
                if (!value.isEmpty() && !allowed.contains(value)) {
                    problems.add(new IndicatorProblem(
                            path + "." + field.code() + "[" + i + "]",
                            "'" + value + "' is not a " + field.label().toLowerCase(java.util.Locale.UK)
                                    + " of stop and search records; use one of " + String.join(", ", allowed)
                                    + ", or \"\" for a blank one"));
                }
                i++;
            }
        });
    }

    private static void values(
            List<String> values,
            Collection<String> allowed,
            String path,
            String what,
            List<IndicatorProblem> problems) {
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                problems.add(new IndicatorProblem(
                        path + "[" + i + "]",
                        "'" + values.get(i) + "' is not " + what + "; use one of " + String.join(", ", allowed)));
            }
        }
    }
}
