package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.performance.PeerGroup;
import org.oversight.performance.PeerGroupVersion;
import org.oversight.performance.PeerGroups;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.target.MeasureDefinition;
import org.oversight.performance.target.PeerAverage;
import org.oversight.performance.target.ReferenceValues;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.performance.target.TargetEvaluator;
import org.oversight.performance.target.TargetStatus;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges a measure's target against its series as at a month, with the peer group's average when the
 * target is to do better than the most similar forces.
 */
@Component
public class TargetJudge {

    private static final Logger log = LoggerFactory.getLogger(TargetJudge.class);

    private final PeerGroups peerGroups;
    private final SeriesReader series;

    TargetJudge(PeerGroups peerGroups, SeriesReader series) {
        this.peerGroups = peerGroups;
        this.series = series;
    }

    /**
     * The measure's target (monitoring when it has none) judged as at {@code month}; {@code null}
     * when it cannot be evaluated at all (logged).
     */
    public TargetEvaluation evaluate(PlanMeasure measure, Indicator indicator, IndicatorSeries data, YearMonth month) {
        Target target = measure.target() == null ? new Target.Monitor() : measure.target();
        MeasureDefinition definition = new MeasureDefinition(indicator.name(), direction(measure), indicator.unit());
        try {
            ReferenceValues references = ReferenceValues.NONE;
            if (target instanceof Target.BetterThanPeers peers
                    && definition.direction() != ImprovementDirection.NEUTRAL) {
                PeerComparison comparison = peerAverage(peers.peerGroup(), indicator, month);
                if (comparison.average() == null) {
                    return noData(target, definition, month, comparison.reason());
                }
                references = references.withPeerAverage(comparison.average());
            }
            return new TargetEvaluator(definition, data, references).evaluate(target, month);
        } catch (RuntimeException e) {
            log.warn("target=not-evaluated measure={} reason={}", measure.ref(), e.getMessage());
            return null;
        }
    }

    /** The measure's direction of improvement; neutral when the plan gives none. */
    static ImprovementDirection direction(PlanMeasure measure) {
        return measure.direction() == null ? ImprovementDirection.NEUTRAL : measure.direction();
    }

    /**
     * The peer group's average for the months a “better than peers” target is judged on as at
     * {@code month}: the plain mean of every member's figure for those months, from observations of
     * the same indicator (the indicator's code, or its observation code) with the member as area.
     * The group's version in force on the last day of those months is used. Every member must have
     * a figure; otherwise there is no average, never one of only some members.
     */
    public PeerComparison peerAverage(String groupName, Indicator indicator, YearMonth month) {
        if (groupName == null || groupName.isBlank()) {
            return PeerComparison.missing("no peer group has been set");
        }
        Optional<PeerGroup> group = peerGroups.group(groupName);
        if (group.isEmpty()) {
            return PeerComparison.missing("no peer group has been set (none called '" + groupName + "' is stored)");
        }
        MonthRange months = TargetEvaluator.standingMonths(indicator.aggregation(), month);
        Optional<PeerGroupVersion> version = group.get().versionOn(months.last().atEndOfMonth());
        if (version.isEmpty() || version.get().members().isEmpty()) {
            return PeerComparison.missing("the " + groupName + " peer group has no version in force on "
                    + months.last().atEndOfMonth());
        }
        String code = indicator.source() instanceof Indicator.ObservationSeries observed
                ? observed.observationCode()
                : indicator.code();
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String member : version.get().members()) {
            BigDecimal value =
                    series.observed(indicator, code, member).over(months).value();
            if (value == null) {
                missing.add(member);
            } else {
                sum = sum.add(value);
            }
        }
        if (!missing.isEmpty()) {
            return PeerComparison.missing("the " + groupName + " average for " + months.words()
                    + " needs every member's figure, and there is none for " + String.join(", ", missing));
        }
        BigDecimal average =
                sum.divide(BigDecimal.valueOf(version.get().members().size()), MathContext.DECIMAL64);
        return new PeerComparison(new PeerAverage(months, average), null);
    }

    /** A peer average, or why there is none. */
    public record PeerComparison(PeerAverage average, String reason) {
        static PeerComparison missing(String reason) {
            return new PeerComparison(null, reason);
        }
    }

    private static TargetEvaluation noData(Target target, MeasureDefinition measure, YearMonth asAt, String reason) {
        return new TargetEvaluation(
                target,
                TargetStatus.NO_DATA,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                reason,
                measure.name() + ": the target cannot be judged as at " + MonthRange.wordsFor(asAt) + " because "
                        + reason + ".",
                List.of());
    }
}
