package org.oversight.board.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasureChart;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.Section;
import org.oversight.reports.snapshot.DocumentCheck;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdateState;

/** A small Board report assembled by hand: seed 001's structure plus the exceptions and sources. */
class ReportAssemblyTest {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\""
            + " height=\"10\"/></svg>";

    static CycleReport cycle() {
        return new CycleReport(
                "wm-police-and-crime-plan",
                "2014-15",
                "December 2014 Board",
                LocalDate.of(2014, 4, 1),
                LocalDate.of(2014, 11, 24),
                LocalDate.of(2014, 11, 24),
                LocalDate.of(2014, 12, 2),
                null,
                false,
                null,
                List.of(
                        new CycleReport.Item(
                                "4.1-1",
                                "4.1",
                                "Improving public confidence in policing",
                                "Increase confidence in policing",
                                List.of("ACC Local Policing"),
                                "6 monthly",
                                "Lead ACC Local Policing – 6 monthly",
                                UpdateState.ACCEPTED,
                                "Reported.",
                                "Confidence rose.\n\n### Next steps\n\n- Survey again\n- Publish",
                                null),
                        new CycleReport.Item(
                                "4.2-5",
                                "4.2",
                                "Creating stronger partnerships",
                                "Provide grants",
                                List.of("PCC"),
                                "6 monthly",
                                "PCC - 6 monthly",
                                UpdateState.NOT_REQUIRED,
                                "Not required",
                                null,
                                null),
                        new CycleReport.Item(
                                "4.3-2",
                                "4.3",
                                "Developing greater local identity across the West Midlands",
                                "Support the boards",
                                List.of("PCC"),
                                "Quarterly",
                                null,
                                UpdateState.OVERDUE,
                                "Required: WMOPC to update in December 2014",
                                null,
                                null)));
    }

    static ReportFacts facts(Map<String, String> prompts) {
        var violence = MeasureBuilder.aCount()
                .values("2013-04", 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11)
                .concernFrom("2014-03", true)
                .build();
        var chart = new MeasureChart(
                SVG,
                "19 monthly values",
                "Crimes per month",
                List.of(new MeasureChart.Row("October 2014", "11", "Special cause concern")),
                "Special cause concern: high",
                "No target");
        return new ReportFacts(
                "Strategic Policing and Crime Board",
                LocalDate.of(2014, 12, 2),
                "wm-police-and-crime-plan",
                "2014-15",
                "Police and Crime Plan 2014-15",
                cycle(),
                YearMonth.of(2014, 10),
                List.of(new ReportFacts.MeasureFacts(violence, chart)),
                List.of(new ReportFacts.AnsweredQuestion(
                        "Report",
                        "Why did robbery fall?",
                        "member",
                        LocalDate.of(2014, 10, 1),
                        "Operation X.",
                        "lead",
                        LocalDate.of(2014, 10, 8))),
                List.of(new ReportFacts.TrackedAction(
                        "Report on hate crime",
                        null,
                        "ACC Crime",
                        LocalDate.of(2014, 11, 1),
                        "Open",
                        LocalDate.of(2014, 9, 30),
                        null,
                        true)),
                prompts,
                null,
                null);
    }

    @Test
    void followsTheBoardsReportAndAddsTheExceptionsTrackerAndSources() {
        Document document = ReportAssembly.assemble(facts(Map.of()));

        assertThat(document.sections())
                .extracting(Section::id)
                .containsExactly(
                        "purpose",
                        "executive-summary",
                        "background",
                        "exceptions",
                        "milestones",
                        "performance",
                        "questions",
                        "actions",
                        "sources");
        assertThat(document.title())
                .isEqualTo(
                        "Performance against the 2014-15 Milestones and Deliverables in the Police and Crime Plan 2014-15");
        assertThat(document.subtitle()).isEqualTo("Strategic Policing and Crime Board, 2 December 2014");
        assertThat(DocumentCheck.problems(document)).isEmpty();
    }

    @Test
    void onlyTheExecutiveSummaryAndBackgroundAreNarrative() {
        Document document = ReportAssembly.assemble(facts(Map.of()));

        assertThat(document.sections().stream().filter(Section::narrative).map(Section::id))
                .containsExactly("executive-summary", "background");
        assertThat(text(document.section("executive-summary").orElseThrow()))
                .contains("1 update from the lead officers; 1 update was not received by the deadline")
                .contains("1 shows special-cause concern");
        assertThat(text(document.section("background").orElseThrow()))
                .contains("Improving public confidence in policing", "Creating stronger partnerships");
    }

    @Test
    void everyMilestoneIsUnderItsObjectiveWithItsLeadCadenceAndUpdateOrTheReasonThereIsNone() {
        Section milestones =
                ReportAssembly.assemble(facts(Map.of())).section("milestones").orElseThrow();

        assertThat(milestones.sections())
                .extracting(Section::heading)
                .containsExactly(
                        "4.1 Improving public confidence in policing",
                        "4.2 Creating stronger partnerships",
                        "4.3 Developing greater local identity across the West Midlands");
        Section confidence = milestones.sections().get(0).sections().get(0);
        assertThat(confidence.heading()).isEqualTo("Increase confidence in policing");
        assertThat(text(confidence))
                .contains(
                        "Lead: ACC Local Policing",
                        "Cadence: 6 monthly",
                        "As reported: Lead ACC Local Policing – 6 monthly")
                .contains("Confidence rose.", "Next steps", "Survey again");
        assertThat(text(milestones.sections().get(1).sections().get(0))).contains("Not required: Not required");
        assertThat(text(milestones.sections().get(2).sections().get(0)))
                .contains("Overdue: Required: WMOPC to update in December 2014");
    }

    @Test
    void theExceptionsProposeAQuestionForEachAndKeepAMembersEditOrDismissal() {
        Section proposed =
                ReportAssembly.assemble(facts(Map.of())).section("exceptions").orElseThrow();
        assertThat(text(proposed))
                .contains("Public place violence has been above its average for 8 months since March 2014: what is"
                        + " driving it, and what is being done?")
                .contains("The update on \"Support the boards\" (lead PCC) was due by 24 November 2014");

        Map<String, String> decided = new HashMap<>();
        decided.put("concern:4.6/M2", "Why is public place violence up?");
        decided.put("overdue:4.3-2", null);
        Section edited =
                ReportAssembly.assemble(facts(decided)).section("exceptions").orElseThrow();
        assertThat(text(edited))
                .contains("Why is public place violence up?", "Dismissed")
                .doesNotContain("8 months since");
    }

    @Test
    void eachMeasureHasItsValueYearToDateTargetVariationChartAndStatement() {
        Section performance =
                ReportAssembly.assemble(facts(Map.of())).section("performance").orElseThrow();
        Section violence = performance.sections().get(0);

        assertThat(violence.heading()).isEqualTo("4.6 M2: Public place violence");
        assertThat(text(violence))
                .contains("Year to date (April–October 2014): 77 against 70 in April–October 2013, +10.0% or 7 more.")
                .contains("Variation: Special cause concern: high", "A statement.");
        assertThat(violence.blocks()).anyMatch(block -> block instanceof Block.Figure);
    }

    @Test
    void aMeasuresRefIsNotPrefixedWithItsObjectiveTwice() {
        var m = MeasureBuilder.aCount().build();
        var withObjective = new org.oversight.performance.MeasurePerformance(
                m.planKey(),
                m.versionLabel(),
                "4.6",
                m.objectiveTitle(),
                "4.6-m5",
                m.measureText(),
                m.leads(),
                m.direction(),
                m.unit(),
                m.area(),
                m.indicatorCode(),
                m.indicatorVersion(),
                m.indicatorName(),
                m.indicatorSource(),
                m.policeData(),
                m.noDataReason(),
                m.asAt(),
                m.coverage(),
                m.series(),
                m.currentValue(),
                m.currentWords(),
                m.comparisonWords(),
                m.comparisonPercentChange(),
                m.targetWords(),
                m.targetStatus(),
                m.targetStatusWords(),
                m.targetSentence(),
                m.spc(),
                m.demonstrationData(),
                m.statement(),
                m.yearToDate(),
                m.previousYearToDate());

        assertThat(ReportAssembly.measureLabel(withObjective)).isEqualTo("4.6-m5");
        assertThat(ReportAssembly.measureLabel(m)).isEqualTo("4.6 M2");
    }

    @Test
    void theTrackerFlagsOverdueActionsAndTheAnsweredQuestionsAreReported() {
        Document document = ReportAssembly.assemble(facts(Map.of()));

        assertThat(text(document.section("actions").orElseThrow()))
                .contains("1 is overdue", "Report on hate crime", "Open — overdue");
        assertThat(text(document.section("questions").orElseThrow()))
                .contains("Why did robbery fall?", "Operation X. (lead, 8 October 2014)");
    }

    @Test
    void theSourcesSayWhereEachPartComesFromAndHowRecentItIs() {
        assertThat(text(ReportAssembly.assemble(facts(Map.of()))
                        .section("sources")
                        .orElseThrow()))
                .contains("reporting cycle \"December 2014 Board\", period 1 April 2014 to 24 November 2014")
                .contains("Figures: as at October 2014")
                .contains("Public place violence (obs-public-place-violence, version 1): Force management information");
    }

    /** The words of a section and its subsections, blocks as "term: description", cells joined by spaces. */
    static String text(Section section) {
        StringBuilder text = new StringBuilder(section.heading()).append('\n');
        for (Block block : section.blocks()) {
            text.append(BlockText.of(block)).append('\n');
        }
        section.sections().forEach(s -> text.append(text(s)));
        return text.toString();
    }
}
