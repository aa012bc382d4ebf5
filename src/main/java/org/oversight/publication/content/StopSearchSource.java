package org.oversight.publication.content;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.publication.PublicationPeriod;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.GroupRate;
import org.oversight.stopsearch.Share;
import org.oversight.stopsearch.StopSearchApi;
import org.oversight.stopsearch.StopSearchRefused;
import org.oversight.stopsearch.StopSearchSummary;
import org.springframework.stereotype.Component;

/**
 * A publication's stop and search figures, from the {@code stopsearch} module's API for the force
 * over the quarter's months: the summary the office scrutinises and, when the force area's population
 * is imported, disproportionality by broad ethnic group (self-defined, the Home Office basis). None
 * when no stop and search month of the quarter is imported.
 */
@Component
class StopSearchSource {

    private final StopSearchApi stopSearch;

    StopSearchSource(StopSearchApi stopSearch) {
        this.stopSearch = stopSearch;
    }

    Optional<StopSearchFigures> figures(PublicationPeriod period) {
        String force = stopSearch.configuredForce();
        if (force.isEmpty()) {
            return Optional.empty();
        }
        YearMonth from = period.firstMonth();
        YearMonth to = period.lastMonth();
        List<YearMonth> months = stopSearch.months(force).stream()
                .filter(m -> !m.isBefore(from) && !m.isAfter(to))
                .toList();
        if (months.isEmpty()) {
            return Optional.empty();
        }
        StopSearchSummary summary;
        try {
            summary = stopSearch.summary(force, from, to);
        } catch (StopSearchRefused e) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(
                Locale.UK,
                "%,d stop and searches in %s%s (data.police.uk stop and search data for %s).",
                summary.searches(),
                period.words(),
                months.size() < 3 ? ", from the " + months.size() + " months imported" : "",
                stopSearch.forceName(force)));
        List<StopSearchFigures.Table> tables = new ArrayList<>();
        tables.add(summaryTable(summary, period));
        Optional<Disproportionality> disproportionality = disproportionality(force, from, to);
        disproportionality.ifPresent(d -> {
            sentences.add(String.format(
                    Locale.UK,
                    "Searches per 1,000 residents of each broad ethnic group (self-defined ethnicity; residents: %s)."
                            + " %,d searches (%s) had no ethnicity recorded and are in no group.",
                    d.population(),
                    d.unrecordedEthnicity(),
                    percent(d.unrecordedShare())));
            tables.add(disproportionalityTable(d, period));
        });
        if (disproportionality.isEmpty()) {
            sentences.add("Disproportionality by ethnic group is not shown: no population is imported for the"
                    + " force area.");
        }
        return Optional.of(new StopSearchFigures(sentences, tables, summary.demonstration()));
    }

    private Optional<Disproportionality> disproportionality(String force, YearMonth from, YearMonth to) {
        try {
            return Optional.of(
                    stopSearch.disproportionality(force, from, to, EthnicityBasis.SELF_DEFINED, Optional.empty()));
        } catch (StopSearchRefused e) {
            return Optional.empty();
        }
    }

    private static StopSearchFigures.Table summaryTable(StopSearchSummary s, PublicationPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Searches", String.format(Locale.UK, "%,d", s.searches()), ""));
        rows.add(List.of(
                "Positive outcome (any outcome but no further action), of searches with an outcome recorded",
                percent(s.positiveOutcomes().rate()),
                of(s.positiveOutcomes().rate())));
        rows.add(List.of(
                "Positive outcome of reasonable-grounds searches (the plan's target: at least 50%)",
                percent(s.reasonableGrounds().rate()), of(s.reasonableGrounds().rate())));
        rows.add(List.of(
                "Outcome linked to the object of search, of searches that say",
                percent(s.linkedOutcomes().linkedShare()),
                of(s.linkedOutcomes().linkedShare()) + "; " + s.linkedOutcomes().notRecorded() + " leave it blank"));
        rows.add(List.of(
                "More than outer clothing removed",
                percent(s.stripSearches()),
                of(s.stripSearches()) + "; " + s.stripSearchesNotRecorded() + " not recorded"));
        rows.add(List.of(
                "Searches of children (under 18)",
                percent(s.children().share()),
                of(s.children().share())));
        rows.add(List.of("Searches under section 60", percent(s.section60()), of(s.section60())));
        rows.add(List.of(
                "No outcome recorded",
                String.format(Locale.UK, "%,d", s.positiveOutcomes().outcomeNotRecorded()),
                ""));
        return new StopSearchFigures.Table(
                "stop-and-search",
                "Stop and search, " + period.label(),
                List.of("Figure", "Value", "Of"),
                List.of(false, true, false),
                rows);
    }

    private static StopSearchFigures.Table disproportionalityTable(Disproportionality d, PublicationPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupRate group : d.groups()) {
            rows.add(List.of(
                    group.group().label(),
                    String.format(Locale.UK, "%,d", group.searches()),
                    group.population() == null ? "" : String.format(Locale.UK, "%,d", group.population()),
                    group.ratePer1000() == null ? "" : String.format(Locale.UK, "%.3f", group.ratePer1000()),
                    group.ratioToWhite() == null ? "" : String.format(Locale.UK, "%.2f", group.ratioToWhite()),
                    group.ciLow() == null
                            ? ""
                            : String.format(Locale.UK, "%.2f to %.2f", group.ciLow(), group.ciHigh())));
        }
        return new StopSearchFigures.Table(
                "stop-and-search-disproportionality",
                "Stop and search by ethnic group (self-defined), " + period.label(),
                List.of(
                        "Ethnic group",
                        "Searches",
                        "Residents",
                        "Searches per 1,000 residents",
                        "Ratio to the White rate",
                        "95% confidence interval of the ratio"),
                List.of(false, true, true, true, true, false),
                rows);
    }

    private static String percent(Share share) {
        Double percent = share.percent();
        return percent == null ? "no figure" : String.format(Locale.UK, "%.1f%%", percent);
    }

    private static String of(Share share) {
        return String.format(Locale.UK, "%,d of %,d", share.count(), share.of());
    }
}
