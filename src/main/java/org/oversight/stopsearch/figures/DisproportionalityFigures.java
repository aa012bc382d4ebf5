package org.oversight.stopsearch.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oversight.policedata.StopSearchCount;
import org.oversight.policedata.StopSearchField;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.EthnicGroup;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.GroupPopulation;
import org.oversight.stopsearch.GroupRate;

/**
 * Searches per 1,000 residents of each broad group and the ratio to the White rate with its 95%
 * confidence interval. Rates are rounded half up to three decimal places, ratios and intervals to
 * two, each from the unrounded figures.
 */
public final class DisproportionalityFigures {

    private DisproportionalityFigures() {}

    /** The broad group a record gives on the basis asked for: a label, or blank when none is recorded. */
    public static String groupOf(StopSearchCount record, EthnicityBasis basis) {
        return switch (basis) {
            case SELF_DEFINED -> record.value(StopSearchField.SELF_DEFINED_ETHNIC_GROUP);
            case OFFICER_DEFINED ->
                record.value(StopSearchField.OFFICER_DEFINED_ETHNICITY).strip();
        };
    }

    public static Disproportionality of(
            String force,
            YearMonth from,
            YearMonth to,
            EthnicityBasis basis,
            Searches searches,
            GroupPopulation population,
            boolean demonstration) {
        Map<EthnicGroup, Long> counts = new EnumMap<>(EthnicGroup.class);
        for (EthnicGroup group : EthnicGroup.values()) {
            counts.put(group, searches.count(c -> groupOf(c, basis).equals(group.label())));
        }
        Map<String, Long> outside = new TreeMap<>();
        for (Map.Entry<String, Long> entry : searches.where(c -> {
                    String group = groupOf(c, basis);
                    return !group.isEmpty() && EthnicGroup.fromLabel(group).isEmpty();
                })
                .by(
                        basis == EthnicityBasis.SELF_DEFINED
                                ? StopSearchField.SELF_DEFINED_ETHNICITY
                                : StopSearchField.OFFICER_DEFINED_ETHNICITY)
                .entrySet()) {
            outside.put(entry.getKey(), entry.getValue());
        }
        long total = searches.total();
        long grouped = counts.values().stream().mapToLong(Long::longValue).sum();
        long white = counts.get(EthnicGroup.WHITE);
        Double whiteRate = RateRatio.ratePer1000(white, population.of(EthnicGroup.WHITE));
        List<GroupRate> groups = new ArrayList<>();
        for (EthnicGroup group : EthnicGroup.values()) {
            long a = counts.get(group);
            Long residents = population.of(group);
            Double rate = RateRatio.ratePer1000(a, residents);
            Double ratio = RateRatio.ratio(rate, whiteRate);
            // White against itself is 1 by definition; an interval of a group with itself means nothing.
            boolean reference = group == EthnicGroup.WHITE;
            groups.add(new GroupRate(
                    group,
                    a,
                    residents,
                    RateRatio.round(rate, 3),
                    RateRatio.round(ratio, 2),
                    reference ? null : RateRatio.round(RateRatio.lower(ratio, a, white), 2),
                    reference ? null : RateRatio.round(RateRatio.upper(ratio, a, white), 2)));
        }
        return new Disproportionality(
                force, from, to, basis, total, total - grouped, outside, groups, population.source(), demonstration);
    }
}
