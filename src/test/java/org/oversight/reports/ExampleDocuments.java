package org.oversight.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents shaped like the seeds' Board report (2 December 2014): purpose, executive summary,
 * milestones by objective with lead, cadence and update, and the performance position with a chart
 * and data table per measure. {@link #boardSized()} is the size of a real one (about 60 pages).
 */
public final class ExampleDocuments {

    public static final String[] OBJECTIVES = {
        "Improving public confidence in policing",
        "Reducing crime and offending",
        "Protecting from harm",
        "Supporting victims and witnesses",
        "Promoting and improving partnership working",
        "Supporting stronger communities",
        "Strengthening the force's contribution to national policing",
        "Making the most of our resources",
        "Building trust and confidence",
        "Standing up for young people"
    };

    static final String[] LEADS = {
        "ACC Local Policing", "ACC Operations", "ACC Crime", "Director of Resources", "Chief Executive, OPCC"
    };

    static final String[] CADENCES = {"6 monthly", "Quarterly", "Monthly", "Quarterly until complete"};

    private ExampleDocuments() {}

    /** 10 objectives with 5 milestones each (50), and 20 measures each with an SVG chart and its data. */
    public static Document boardSized() {
        return board(5, 20);
    }

    /** A small report: 2 objectives with 2 milestones, 2 measures. */
    public static Document small() {
        return board(2, 2);
    }

    static Document board(int milestonesPerObjective, int measures) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(
                "purpose",
                "Purpose of report",
                List.of(Block.paragraph(
                        "This report outlines the performance against the milestones and deliverables that contribute"
                                + " to the 10 strategic outcomes set out in the 2014/15 Police and Crime Plan."))));
        sections.add(Section.narrative(
                "executive-summary",
                "Executive summary",
                Block.paragraphs("Following the second ever lowest year of total recorded crime the Force has started"
                        + " 2014/15 well with similar levels of offending to last year.\n\nSignificant reductions have"
                        + " already been seen for burglary dwelling and robbery.")));
        sections.add(Section.narrative(
                "background",
                "Background",
                List.of(
                        Block.paragraph(
                                Inline.text("The Police and Crime Plan 2014/15 sets out milestones under "),
                                Inline.strong("10 objectives"),
                                Inline.text(". Progress is reviewed "),
                                Inline.emphasis("periodically"),
                                Inline.text(" (see "),
                                Inline.link("the performance position", "#performance"),
                                Inline.text(" and "),
                                Inline.link("the plan", "https://www.westmidlands-pcc.gov.uk/"),
                                Inline.text(").")),
                        new Block.BulletList(List.of(
                                List.of(Inline.text("milestones and deliverables by objective")),
                                List.of(Inline.text("the performance position for each measure")))))));
        List<Section> objectives = new ArrayList<>();
        int paragraph = 5;
        for (int o = 0; o < OBJECTIVES.length; o++) {
            List<Section> milestones = new ArrayList<>();
            for (int m = 1; m <= milestonesPerObjective; m++) {
                String id = "milestone-" + (o + 1) + "-" + m;
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Block.DefinitionList(List.of(
                        Block.Definition.of("Lead", LEADS[(o + m) % LEADS.length]),
                        Block.Definition.of("Cadence", CADENCES[(o * 3 + m) % CADENCES.length]))));
                for (int p = 0; p < 4; p++) {
                    blocks.add(Block.paragraph((paragraph++) + ". " + update(o, m, p)));
                }
                if (m % 3 == 0) {
                    blocks.add(new Block.Note(
                            "Required", List.of(Inline.text("ACC Local Policing to update in December 2014."))));
                }
                milestones.add(new Section(id, milestoneName(o, m), false, blocks, List.of()));
            }
            objectives.add(new Section("objective-" + (o + 1), OBJECTIVES[o], false, List.of(), milestones));
        }
        sections.add(new Section(
                "milestones", "Milestones and deliverables", false, List.of(new Block.PageBreak()), objectives));
        List<Section> measureSections = new ArrayList<>();
        for (int i = 1; i <= measures; i++) {
            measureSections.add(measure(i));
        }
        sections.add(new Section(
                "performance",
                "Performance position",
                false,
                List.of(
                        new Block.PageBreak(),
                        Block.paragraph("Each measure's latest value, the year-to-date comparison and its"
                                + " statistical process control chart.")),
                measureSections));
        return new Document(
                        "Performance against the 2014/15 Milestones and Deliverables in the Police and Crime Plan",
                        "Strategic Policing and Crime Board, 2 December 2014 · Agenda item 10",
                        "Office of the West Midlands Police and Crime Commissioner",
                        sections)
                .withDatasets(List.of(new Dataset(
                        "measures",
                        "Latest value of each measure",
                        List.of("measure", "value"),
                        List.of(List.of("Total recorded crime", "8,432")))));
    }

    public static Provenance provenance() {
        return new Provenance(
                "wm-police-and-crime-plan",
                "2014-15",
                List.of(
                        new Provenance.IndicatorVersion("street-crime-total", "1"),
                        new Provenance.IndicatorVersion("burglary-dwelling", "2")),
                List.of(
                        new Provenance.ImportBatchUsed(
                                41,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                "2014-10-west-midlands-street.csv"),
                        new Provenance.ImportBatchUsed(
                                42,
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                                "2014-10-west-midlands-outcomes.csv")),
                "batch-42",
                YearMonth.of(2014, 10),
                List.of("Feeling the Difference survey, wave 14, September 2014"));
    }

    private static String milestoneName(int objective, int milestone) {
        String[] verbs = {"Increase", "Improve", "Reduce", "Implement", "Deliver"};
        String[] things = {
            "confidence in policing",
            "perceptions of safety",
            "reoffending",
            "the stop and search action plan",
            "support for victims of hidden crimes"
        };
        return verbs[(objective + milestone) % verbs.length] + " " + things[(objective * 2 + milestone) % things.length]
                + " (" + (objective + 1) + "." + milestone + ")";
    }

    private static String update(int objective, int milestone, int part) {
        return switch ((objective + milestone + part) % 3) {
            case 0 ->
                "The latest wave of the Feeling the Difference public perception survey was returned to the"
                        + " Force on 1 September. Overall confidence increased by 2% compared with the previous two"
                        + " waves, the highest level since summer 2011; the increase came from fewer respondents"
                        + " answering \"neither\".";
            case 1 ->
                "There are sixteen elements to the joint action plan, created after the summit in September"
                        + " 2013. Eleven of them have now been delivered. The plan falls into four parts: governance,"
                        + " training, public scrutiny and the new recording system, each described below.";
            default ->
                "Year to date, offences are +8.6% or 569 more than last year. The series is stable but above"
                        + " average: no special cause variation, and the target is not consistently met.";
        };
    }

    private static Section measure(int number) {
        List<String> months = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        YearMonth month = YearMonth.of(2012, 11);
        for (int i = 0; i < 24; i++) {
            months.add(month.plusMonths(i).toString());
            values.add(600 + 40 * Math.sin((i + number) / 2.0) + (i * 3 % 17));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(List.of(months.get(i), String.format(Locale.UK, "%,.0f", values.get(i))));
        }
        Block.Table data = new Block.Table(
                "Offences per month, " + measureName(number),
                List.of(Block.Column.text("Month"), Block.Column.number("Offences")),
                rows,
                true);
        Block.Table summary = new Block.Table(
                "Year to date, " + measureName(number),
                List.of(
                        Block.Column.text("Period"),
                        Block.Column.number("This year"),
                        Block.Column.number("Last year"),
                        Block.Column.number("Change")),
                List.of(List.of("April to October", "7,163", "6,594", "+8.6% (569 more)")),
                true);
        return new Section(
                "measure-" + number,
                measureName(number),
                false,
                List.of(
                        Block.paragraph("Common cause variation: the latest month is within the process limits,"
                                + " and the target of a 4% reduction is not consistently met."),
                        summary,
                        new Block.Figure(
                                "Offences per month with mean and process limits, " + measureName(number),
                                chart(values),
                                "Line chart of " + measureName(number) + " from November 2012 to October 2014:"
                                        + " between 560 and 660 offences a month, common cause variation"
                                        + " around a mean of 610.",
                                data)),
                List.of());
    }

    static String measureName(int number) {
        String[] names = {
            "Total recorded crime", "Burglary dwelling", "Robbery", "Violence with injury", "Vehicle crime",
            "Public place violence", "Anti-social behaviour", "Shoplifting", "Criminal damage", "Hate crime"
        };
        return names[(number - 1) % names.length] + (number > names.length ? " (district)" : "");
    }

    /** A small SPC-like line chart with the ids charts commonly use, as the performance module draws them. */
    public static String chart(List<Double> values) {
        int width = 760;
        int height = 380;
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0) - 20;
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1) + 20;
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 380\" width=\"100%\" role=\"img\""
                + " aria-labelledby=\"chart-title chart-desc\">");
        svg.append("<title id=\"chart-title\">Offences per month</title><desc id=\"chart-desc\">A line chart</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"760\" height=\"380\" fill=\"#ffffff\"/>");
        svg.append("<line x1=\"80\" y1=\"28\" x2=\"80\" y2=\"310\" stroke=\"#0b0c0c\"/>");
        svg.append("<line x1=\"80\" y1=\"310\" x2=\"600\" y2=\"310\" stroke=\"#0b0c0c\"/>");
        double meanY = y(mean, min, max);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"80\" y1=\"%.1f\" x2=\"600\" y2=\"%.1f\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>",
                meanY,
                meanY));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"606\" y=\"%.1f\" font-family=\"Arial, sans-serif\" font-size=\"11\" fill=\"#0b0c0c\">Mean"
                        + " %.0f</text>",
                meanY + 4,
                mean));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 90 + 500.0 * i / (values.size() - 1);
            path.append(i == 0 ? "M" : " L")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", x, y(values.get(i), min, max)));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>");
        for (int i = 0; i < values.size(); i++) {
            double x = 90 + 500.0 * i / (values.size() - 1);
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#a6a6a6\" stroke=\"#0b0c0c\" stroke-width=\"0.8\"/>",
                    x,
                    y(values.get(i), min, max)));
        }
        svg.append("<text x=\"80\" y=\"340\" font-family=\"Arial, sans-serif\" font-size=\"11\" fill=\"#0b0c0c\">"
                + "Nov 2012 to Oct 2014</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static double y(double value, double min, double max) {
        return 310 - (value - min) / (max - min) * 282;
    }
}
