package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ReportingCadence;
import org.oversight.updates.UpdateStatus;
import org.oversight.updates.domain.RequirementRule.Earlier;

/** What is due in a cycle, from the cadence and the period of the last accepted update (ADR 0015). */
class RequirementRuleTest {

    static final LocalDate SEPTEMBER = LocalDate.of(2014, 9, 30);
    static final LocalDate DECEMBER = LocalDate.of(2014, 12, 31);
    static final LocalDate MARCH = LocalDate.of(2015, 3, 31);

    static Earlier accepted(String cycle, LocalDate periodEnd) {
        return new Earlier(cycle, periodEnd, Requirement.DUE, null, Workflow.ACCEPTED, UpdateStatus.ON_TRACK);
    }

    static RequirementRule.Decision decide(ReportingCadence cadence, LocalDate periodEnd, Earlier... earlier) {
        return RequirementRule.decide(cadence, "This cycle", periodEnd, List.of(earlier));
    }

    @Test
    void anUpdateIsDueWhenNoneHasBeenAcceptedBefore() {
        RequirementRule.Decision decision = decide(ReportingCadence.SIX_MONTHLY, DECEMBER);
        assertThat(decision.requirement()).isEqualTo(Requirement.DUE);
        assertThat(decision.reason()).contains("no update has been accepted");
    }

    @Test
    void aSixMonthlyCommitmentUpdatedLastQuarterIsNotRequired() {
        RequirementRule.Decision decision =
                decide(ReportingCadence.SIX_MONTHLY, DECEMBER, accepted("September Board", SEPTEMBER));
        assertThat(decision.requirement()).isEqualTo(Requirement.NOT_REQUIRED);
        assertThat(decision.reason())
                .isEqualTo("6 monthly: the last accepted update, in September Board, reported to 30 September 2014;"
                        + " the next is due for the period to March 2015.");
    }

    @Test
    void aSixMonthlyCommitmentIsDueSixMonthsAfterItsLastAcceptedPeriod() {
        assertThat(decide(ReportingCadence.SIX_MONTHLY, MARCH, accepted("September Board", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void aQuarterlyUpdateAcceptedForTheLastQuarterIsDueAgainThisQuarter() {
        assertThat(decide(ReportingCadence.QUARTERLY, DECEMBER, accepted("September Board", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void aQuarterlyUpdateIsNotRequiredInAMonthlyCycleStraightAfterIt() {
        assertThat(decide(
                                ReportingCadence.QUARTERLY,
                                LocalDate.of(2014, 10, 31),
                                accepted("September Board", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.NOT_REQUIRED);
    }

    @Test
    void aMonthlyUpdateIsDueEveryMonth() {
        assertThat(decide(ReportingCadence.MONTHLY, LocalDate.of(2014, 10, 31), accepted("September Board", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void anAnnualUpdateIsNotRequiredWithinTheYear() {
        assertThat(decide(ReportingCadence.ANNUAL, MARCH, accepted("September Board", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.NOT_REQUIRED);
        assertThat(decide(ReportingCadence.ANNUAL, LocalDate.of(2015, 9, 30), accepted("September", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void aCommitmentReportedCompleteIsNotRequiredAgain() {
        Earlier complete = new Earlier(
                "September Board", SEPTEMBER, Requirement.DUE, null, Workflow.ACCEPTED, UpdateStatus.COMPLETE);
        RequirementRule.Decision decision = decide(ReportingCadence.QUARTERLY_UNTIL_COMPLETE, DECEMBER, complete);
        assertThat(decision.requirement()).isEqualTo(Requirement.NOT_REQUIRED);
        assertThat(decision.reason()).isEqualTo("Reported complete in September Board: no further update is needed.");
    }

    @Test
    void quarterlyUntilCompleteIsQuarterlyWhileNotComplete() {
        assertThat(decide(ReportingCadence.QUARTERLY_UNTIL_COMPLETE, DECEMBER, accepted("September", SEPTEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void anUpdateDeferredToTheNextCycleIsDueInIt() {
        Earlier deferred =
                new Earlier("September Board", SEPTEMBER, Requirement.DEFERRED, null, Workflow.NOT_STARTED, null);
        RequirementRule.Decision decision = decide(
                ReportingCadence.SIX_MONTHLY, DECEMBER, accepted("June Board", LocalDate.of(2014, 6, 30)), deferred);
        assertThat(decision.requirement()).isEqualTo(Requirement.DUE);
        assertThat(decision.reason()).isEqualTo("Deferred to this cycle by September Board.");
    }

    @Test
    void anUpdateDeferredToANamedCycleIsDueInThatCycleOnly() {
        Earlier deferred = new Earlier(
                "September Board", SEPTEMBER, Requirement.DEFERRED, "March Board", Workflow.NOT_STARTED, null);
        assertThat(RequirementRule.decide(
                                ReportingCadence.ANNUAL,
                                "December Board",
                                DECEMBER,
                                List.of(accepted("June", LocalDate.of(2014, 6, 30)), deferred))
                        .requirement())
                .isEqualTo(Requirement.NOT_REQUIRED);
        assertThat(RequirementRule.decide(
                                ReportingCadence.ANNUAL,
                                "March Board",
                                MARCH,
                                List.of(accepted("June", LocalDate.of(2014, 6, 30)), deferred))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void aCommitmentWithoutACadenceIsAskedForEveryCycle() {
        RequirementRule.Decision decision = decide(null, DECEMBER, accepted("September Board", SEPTEMBER));
        assertThat(decision.requirement()).isEqualTo(Requirement.DUE);
        assertThat(decision.reason()).contains("names no reporting cadence");
    }

    @Test
    void laterCyclesDoNotCount() {
        assertThat(decide(ReportingCadence.SIX_MONTHLY, SEPTEMBER, accepted("December Board", DECEMBER))
                        .requirement())
                .isEqualTo(Requirement.DUE);
    }

    @Test
    void eachCadenceHasItsInterval() {
        assertThat(RequirementRule.intervalMonths(ReportingCadence.MONTHLY)).isEqualTo(1);
        assertThat(RequirementRule.intervalMonths(ReportingCadence.QUARTERLY)).isEqualTo(3);
        assertThat(RequirementRule.intervalMonths(ReportingCadence.QUARTERLY_UNTIL_COMPLETE))
                .isEqualTo(3);
        assertThat(RequirementRule.intervalMonths(ReportingCadence.SIX_MONTHLY)).isEqualTo(6);
        assertThat(RequirementRule.intervalMonths(ReportingCadence.ANNUAL)).isEqualTo(12);
    }
}
