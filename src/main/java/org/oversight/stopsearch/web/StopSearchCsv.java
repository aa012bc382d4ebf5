package org.oversight.stopsearch.web;

import java.util.List;
import java.util.Map;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.GroupRate;
import org.oversight.stopsearch.StopSearchSummary;

/** The page's figures as CSV, one file a table, each value as the page shows it. */
final class StopSearchCsv {

    private StopSearchCsv() {}

    static String summary(StopSearchSummary s) {
        StringBuilder csv = new StringBuilder("force,from,to,measure,value,count,of,percent\n");
        String prefix = cell(s.force()) + "," + s.from() + "," + s.to() + ",";
        line(csv, prefix, "searches", "", s.searches(), null, null);
        breakdown(csv, prefix, "type", s.byType());
        breakdown(csv, prefix, "legislation", s.byLegislation());
        breakdown(csv, prefix, "object of search", s.byObjectOfSearch());
        breakdown(csv, prefix, "outcome", s.byOutcome());
        breakdown(csv, prefix, "gender", s.byGender());
        breakdown(csv, prefix, "age range", s.byAgeRange());
        line(
                csv,
                prefix,
                "positive outcome rate",
                "",
                s.positiveOutcomes().positive(),
                s.positiveOutcomes().outcomeRecorded(),
                s.positiveOutcomes().rate().percent());
        line(
                csv,
                prefix,
                "positive outcome rate of reasonable-grounds searches",
                "",
                s.reasonableGrounds().positive(),
                s.reasonableGrounds().outcomeRecorded(),
                s.reasonableGrounds().rate().percent());
        line(
                csv,
                prefix,
                "outcome linked to object of search",
                "True",
                s.linkedOutcomes().linked(),
                s.linkedOutcomes().recorded(),
                s.linkedOutcomes().linkedShare().percent());
        line(
                csv,
                prefix,
                "outcome linked to object of search",
                "False",
                s.linkedOutcomes().notLinked(),
                null,
                null);
        line(
                csv,
                prefix,
                "outcome linked to object of search",
                "",
                s.linkedOutcomes().notRecorded(),
                null,
                null);
        line(
                csv,
                prefix,
                "more than outer clothing removed",
                "True",
                s.stripSearches().count(),
                s.searches(),
                s.stripSearches().percent());
        line(csv, prefix, "more than outer clothing removed", "", s.stripSearchesNotRecorded(), null, null);
        line(csv, prefix, "children", "under 10", s.children().under10(), null, null);
        line(csv, prefix, "children", "10-17", s.children().aged10To17(), null, null);
        line(
                csv,
                prefix,
                "children",
                "all",
                s.children().count(),
                s.searches(),
                s.children().share().percent());
        line(
                csv,
                prefix,
                "section 60",
                "",
                s.section60().count(),
                s.searches(),
                s.section60().percent());
        return csv.toString();
    }

    static String disproportionality(Disproportionality d) {
        StringBuilder csv = new StringBuilder(
                "force,from,to,ethnicity,group,searches,population,rate_per_1000,ratio_to_white,ci_low,ci_high\n");
        String prefix = cell(d.force()) + "," + d.from() + "," + d.to() + ","
                + d.basis().code() + ",";
        for (GroupRate g : d.groups()) {
            csv.append(prefix)
                    .append(g.group().label())
                    .append(',')
                    .append(g.searches())
                    .append(',')
                    .append(text(g.population()))
                    .append(',')
                    .append(text(g.ratePer1000()))
                    .append(',')
                    .append(text(g.ratioToWhite()))
                    .append(',')
                    .append(text(g.ciLow()))
                    .append(',')
                    .append(text(g.ciHigh()))
                    .append('\n');
        }
        csv.append(prefix)
                .append("not recorded,")
                .append(d.unrecordedEthnicity())
                .append(",,,,,\n");
        return csv.toString();
    }

    static String monthly(List<StopSearchSummary> months) {
        StringBuilder csv = new StringBuilder("force,month,searches,positive_outcome_rate,"
                + "reasonable_grounds_positive_outcome_rate,strip_searches,children,section_60\n");
        for (StopSearchSummary m : months) {
            csv.append(cell(m.force()))
                    .append(',')
                    .append(m.from())
                    .append(',')
                    .append(m.searches())
                    .append(',')
                    .append(text(m.positiveOutcomes().rate().percent()))
                    .append(',')
                    .append(text(m.reasonableGrounds().rate().percent()))
                    .append(',')
                    .append(m.stripSearches().count())
                    .append(',')
                    .append(m.children().count())
                    .append(',')
                    .append(m.section60().count())
                    .append('\n');
        }
        return csv.toString();
    }

    static String districts(Map<String, StopSearchSummary> districts) {
        StringBuilder csv = new StringBuilder("district,searches,positive_outcome_rate,"
                + "reasonable_grounds_positive_outcome_rate,strip_searches,children,section_60\n");
        districts.forEach(
                (district, s) -> csv.append(cell(district.isEmpty() ? "(not placed in a district)" : district))
                        .append(',')
                        .append(s.searches())
                        .append(',')
                        .append(text(s.positiveOutcomes().rate().percent()))
                        .append(',')
                        .append(text(s.reasonableGrounds().rate().percent()))
                        .append(',')
                        .append(s.stripSearches().count())
                        .append(',')
                        .append(s.children().count())
                        .append(',')
                        .append(s.section60().count())
                        .append('\n'));
        return csv.toString();
    }

    private static void breakdown(StringBuilder csv, String prefix, String measure, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((value, n) ->
                line(csv, prefix, measure, value, n, total, new org.oversight.stopsearch.Share(n, total).percent()));
    }

    private static void line(
            StringBuilder csv, String prefix, String measure, String value, long count, Long of, Double percent) {
        csv.append(prefix)
                .append(cell(measure))
                .append(',')
                .append(cell(value))
                .append(',')
                .append(count)
                .append(',')
                .append(text(of))
                .append(',')
                .append(text(percent))
                .append('\n');
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is kept as text by a quote mark. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
