package org.oversight.stopsearch.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.performance.spc.ImprovementDirection;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.GroupRate;
import org.oversight.stopsearch.StopSearchApi;
import org.oversight.stopsearch.StopSearchRefused;
import org.oversight.stopsearch.StopSearchSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Chooses what the public page shows and fills its model. */
@Component
class StopSearchPages {

    /** The trend charts cover at most this many months up to the month chosen. */
    static final int TREND_MONTHS = 36;

    /** What the page shows: a force, the months from {@code from} to {@code to}, and the ethnicity read. */
    public record Choice(String force, YearMonth to, Period period, EthnicityBasis basis) {
        public YearMonth from() {
            return period.from(to);
        }
    }

    /** An interval drawn in the disproportionality table. */
    public record GroupRow(GroupRate rate, String interval) {}

    private final StopSearchApi api;

    StopSearchPages(StopSearchApi api) {
        this.api = api;
    }

    /** The choice the parameters make (blank ones take their defaults); empty when no force has data. */
    Optional<Choice> choice(String force, String to, String period, String ethnicity) {
        List<String> forces = api.forces();
        if (forces.isEmpty()) {
            return Optional.empty();
        }
        String chosen;
        if (force == null || force.isBlank()) {
            chosen = forces.contains(api.configuredForce()) ? api.configuredForce() : forces.get(0);
        } else if (forces.contains(force.strip())) {
            chosen = force.strip();
        } else {
            throw new StopSearchRefused("No stop and search data is imported for '" + force + "'");
        }
        List<YearMonth> months = api.months(chosen);
        YearMonth last = months.get(months.size() - 1);
        YearMonth month = to == null || to.isBlank() ? last : StopSearchController.month(to);
        if (month.isBefore(months.get(0)) || month.isAfter(last)) {
            throw new StopSearchRefused("The stop and search files of " + chosen + " run from " + months.get(0) + " to "
                    + last + ": " + month + " is outside them");
        }
        Period chosenPeriod = period == null || period.isBlank()
                ? Period.ROLLING_12
                : Period.fromCode(period.strip())
                        .orElseThrow(() -> new StopSearchRefused("'" + period + "' is not a period: choose one of "
                                + String.join(", ", StopSearchController.periods())));
        EthnicityBasis basis = ethnicity == null || ethnicity.isBlank()
                ? EthnicityBasis.SELF_DEFINED
                : StopSearchController.basis(ethnicity.strip());
        return Optional.of(new Choice(chosen, month, chosenPeriod, basis));
    }

    void fill(Choice choice, Model model) {
        String force = choice.force();
        YearMonth from = choice.from();
        YearMonth to = choice.to();
        StopSearchSummary summary = api.summary(force, from, to);
        model.addAttribute("choice", choice);
        model.addAttribute("from", from);
        model.addAttribute("forceName", api.forceName(force));
        model.addAttribute("forces", forceNames());
        List<YearMonth> months = new ArrayList<>(api.months(force));
        Collections.reverse(months);
        model.addAttribute("months", months);
        model.addAttribute("periods", Period.values());
        model.addAttribute("bases", EthnicityBasis.values());
        model.addAttribute("s", summary);
        model.addAttribute("demonstration", summary.demonstration());
        try {
            Disproportionality d = api.disproportionality(force, from, to, choice.basis(), Optional.empty());
            double max = d.groups().stream()
                    .mapToDouble(g -> Math.max(
                            g.ciHigh() == null ? 0 : g.ciHigh(), g.ratioToWhite() == null ? 0 : g.ratioToWhite()))
                    .max()
                    .orElse(1);
            double scale = Math.max(2, Math.ceil(max));
            model.addAttribute("d", d);
            model.addAttribute("scaleMax", (long) scale);
            model.addAttribute(
                    "groupRows",
                    d.groups().stream()
                            .map(g -> new GroupRow(g, IntervalBar.svg(g, scale)))
                            .toList());
        } catch (StopSearchRefused e) {
            model.addAttribute("noPopulation", e.getMessage());
        }
        List<StopSearchSummary> monthly = api.monthly(force, to.minusMonths(TREND_MONTHS - 1), to);
        model.addAttribute("trends", trends(monthly));
        model.addAttribute("districts", api.districts(force, from, to));
        if (api.forces().size() > 1) {
            model.addAttribute("peers", api.peers(force, from, to));
        }
    }

    private Map<String, String> forceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        api.forces().forEach(f -> names.put(f, api.forceName(f)));
        return names;
    }

    private static List<Trend> trends(List<StopSearchSummary> months) {
        return List.of(
                Trend.of(
                        "trend-reasonable-grounds",
                        "Positive outcome rate of reasonable-grounds searches",
                        "%",
                        ImprovementDirection.INCREASE,
                        StopSearchSummary.REASONABLE_GROUNDS_TARGET,
                        months,
                        m -> m.reasonableGrounds().rate().percent()),
                Trend.of(
                        "trend-searches",
                        "Searches",
                        "searches",
                        ImprovementDirection.NEUTRAL,
                        null,
                        months,
                        StopSearchSummary::searches),
                Trend.of(
                        "trend-strip-searches",
                        "Searches with more than outer clothing removed",
                        "searches",
                        ImprovementDirection.NEUTRAL,
                        null,
                        months,
                        m -> m.stripSearches().count()),
                Trend.of(
                        "trend-children",
                        "Searches of children (under 18)",
                        "searches",
                        ImprovementDirection.NEUTRAL,
                        null,
                        months,
                        m -> m.children().count()),
                Trend.of(
                        "trend-section-60",
                        "Searches under section 60",
                        "searches",
                        ImprovementDirection.NEUTRAL,
                        null,
                        months,
                        m -> m.section60().count()));
    }
}
