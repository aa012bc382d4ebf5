package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.performance.target.TargetStatus;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A “better than peers” measure judged against a stored peer group's average, computed from
 * observations of the same indicator for the members.
 */
@SpringBootTest
class PeerComparisonTest {

    private static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);

    @Autowired
    PerformanceApi performance;

    @Autowired
    PeerGroups peerGroups;

    @Autowired
    org.oversight.performance.measure.TargetJudge judge;

    @Autowired
    org.oversight.performance.measure.SeriesReader series;

    @Autowired
    Observations observations;

    private static Indicator confidence(String code) {
        return new Indicator(
                code,
                1,
                "Confidence in policing",
                MeasureUnit.PERCENT,
                Aggregation.LATEST,
                new Indicator.ObservationSeries(code));
    }

    private static PlanMeasure betterThan(String group) {
        return new PlanMeasure(
                "peer-test",
                "v1",
                1,
                "1",
                "Confidence",
                1,
                "1-m1",
                "Confidence",
                "Confidence in policing better than the most similar forces",
                ImprovementDirection.INCREASE,
                MeasureUnit.PERCENT,
                List.of(),
                new Target.BetterThanPeers(group));
    }

    private void store(String text) {
        observations.importFile("peers.csv", text.getBytes(StandardCharsets.UTF_8), "test");
    }

    private void group(String text) {
        peerGroups.importFile("group.csv", text.getBytes(StandardCharsets.UTF_8), "test");
    }

    private TargetEvaluation evaluate(String group, Indicator indicator) {
        return judge.evaluate(
                betterThan(group), indicator, series.read(indicator, performance.area("West Midlands")), MARCH_2024);
    }

    @Test
    void westMidlandsAt82PerCentIsBetterThanItsPeersAveraging79() {
        store(
                """
                indicator,period,area,value
                peer-confidence,2024-03,West Midlands,82
                peer-confidence,2024-03,Greater Manchester,78
                peer-confidence,2024-03,West Yorkshire,80
                peer-confidence,2024-03,Merseyside,50
                """);
        group(
                """
                group,effective_from,member
                Confidence peers,2019-04-01,Merseyside
                Confidence peers,2023-04-01,Greater Manchester
                Confidence peers,2023-04-01,West Yorkshire
                Confidence peers,2025-04-01,Merseyside
                """);

        TargetEvaluation evaluation = evaluate("Confidence peers", confidence("peer-confidence"));

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.required()).isEqualByComparingTo("79");
        assertThat(evaluation.words()).contains("better than the average of the Confidence peers, 79");
    }

    @Test
    void aMemberWithoutAFigureMeansNoAverageAndNamesWhoIsMissing() {
        store(
                """
                indicator,period,area,value
                peer-missing,2024-03,West Midlands,82
                peer-missing,2024-03,Greater Manchester,78
                peer-missing,2024-02,West Yorkshire,80
                """);
        group(
                """
                group,effective_from,member
                Incomplete peers,2023-04-01,Greater Manchester
                Incomplete peers,2023-04-01,West Yorkshire
                """);

        TargetEvaluation evaluation = evaluate("Incomplete peers", confidence("peer-missing"));

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.required()).isNull();
        assertThat(evaluation.reason())
                .isEqualTo("the Incomplete peers average for March 2024 needs every member's figure, and there is"
                        + " none for West Yorkshire");
    }

    @Test
    void withNoPeerGroupStoredThereIsNoData() {
        store("indicator,period,area,value\npeer-none,2024-03,West Midlands,82\n");

        TargetEvaluation named = evaluate("Never imported peers", confidence("peer-none"));
        TargetEvaluation unnamed = evaluate(null, confidence("peer-none"));

        assertThat(named.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(named.reason()).startsWith("no peer group has been set");
        assertThat(unnamed.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(unnamed.reason()).isEqualTo("no peer group has been set");
    }
}
