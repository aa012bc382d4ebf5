package org.oversight.stopsearch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.GroupRate;
import org.oversight.stopsearch.Share;
import org.oversight.stopsearch.StopSearchSummary;

/** The command line's JSON documents: a stable contract (docs/command-line.md), field names and order fixed. */
final class StopSearchJson {

    private StopSearchJson() {}

    static Map<String, Object> disproportionality(Disproportionality figures) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("force", figures.force());
        document.put("from", figures.from().toString());
        document.put("to", figures.to().toString());
        document.put("ethnicity", figures.basis().code());
        document.put("searches", figures.searches());
        document.put("unrecordedEthnicity", figures.unrecordedEthnicity());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (GroupRate g : figures.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", g.group().label());
            group.put("searches", g.searches());
            group.put("population", g.population());
            group.put("ratePer1000", g.ratePer1000());
            group.put("ratioToWhite", g.ratioToWhite());
            group.put("ciLow", g.ciLow());
            group.put("ciHigh", g.ciHigh());
            groups.add(group);
        }
        document.put("groups", groups);
        return document;
    }

    static Map<String, Object> summary(StopSearchSummary s) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("force", s.force());
        document.put("from", s.from().toString());
        document.put("to", s.to().toString());
        document.put("searches", s.searches());
        document.put("byLegislation", s.byLegislation());
        document.put("byOutcome", s.byOutcome());
        document.put("byType", s.byType());
        document.put("byObjectOfSearch", s.byObjectOfSearch());
        document.put("byGender", s.byGender());
        document.put("byAgeRange", s.byAgeRange());
        document.put("positiveOutcomes", outcomes(s.positiveOutcomes()));
        Map<String, Object> reasonable = outcomes(s.reasonableGrounds());
        reasonable.put("target", StopSearchSummary.REASONABLE_GROUNDS_TARGET);
        Double rate = s.reasonableGrounds().rate().percent();
        reasonable.put("meetsTarget", rate == null ? null : rate >= StopSearchSummary.REASONABLE_GROUNDS_TARGET);
        document.put("reasonableGrounds", reasonable);
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("recorded", s.linkedOutcomes().recorded());
        linked.put("true", s.linkedOutcomes().linked());
        linked.put("false", s.linkedOutcomes().notLinked());
        linked.put("blank", s.linkedOutcomes().notRecorded());
        document.put("linkedOutcomes", linked);
        Map<String, Object> strip = share(s.stripSearches());
        strip.put("notRecorded", s.stripSearchesNotRecorded());
        document.put("stripSearches", strip);
        Map<String, Object> children = new LinkedHashMap<>();
        children.put("under10", s.children().under10());
        children.put("aged10To17", s.children().aged10To17());
        children.putAll(share(s.children().share()));
        document.put("children", children);
        document.put("section60", share(s.section60()));
        document.put("demonstration", s.demonstration());
        return document;
    }

    private static Map<String, Object> outcomes(StopSearchSummary.OutcomeRate rate) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("searches", rate.searches());
        outcomes.put("outcomeRecorded", rate.outcomeRecorded());
        outcomes.put("positive", rate.positive());
        outcomes.put("rate", rate.rate().percent());
        return outcomes;
    }

    private static Map<String, Object> share(Share share) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("count", share.count());
        figure.put("rate", share.percent());
        return figure;
    }
}
