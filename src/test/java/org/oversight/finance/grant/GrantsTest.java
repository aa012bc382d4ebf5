package org.oversight.finance.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantAwardChanged;
import org.oversight.finance.GrantRound;
import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Grant schemes, years and awards edited one by one and imported, each change audited. */
@SpringBootTest
@RecordApplicationEvents
class GrantsTest {

    static final FinancialYear YEAR = FinancialYear.parse("2030/31");

    @Autowired
    Grants grants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTheTestScheme() {
        jdbc.sql("DELETE FROM finance.grant_scheme WHERE name = 'Test Fund'").update();
    }

    private static AwardContent content(String recipient, String amount) {
        return new AwardContent(
                recipient,
                "Youth diversion",
                new BigDecimal(amount),
                "Dudley",
                "Quarterly returns",
                LocalDate.of(2030, 5, 1),
                LocalDate.of(2030, 6, 1),
                LocalDate.of(2031, 3, 31),
                null,
                null);
    }

    @Test
    void awardsAreAddedChangedAndRemovedWithTheirEvents() {
        grants.createScheme("Test Fund", "A fund for tests", "Tests", false, "ana");
        grants.createRound(
                "test-fund",
                YEAR,
                new RoundDetails(new BigDecimal("10000"), null, null, null, null, null),
                false,
                "ana");
        GrantAward added = grants.addAward("test-fund", YEAR, content("Dudley Youth Trust", "2500"), "ana");
        grants.saveAward(added.id(), content("Dudley Youth Trust", "3000"), added.version(), "ana");

        GrantRound round = grants.round("test-fund", YEAR).orElseThrow();
        assertThat(round.total()).isEqualByComparingTo("3000");
        assertThat(round.remaining()).isEqualByComparingTo("7000");

        assertThatThrownBy(() -> grants.saveAward(added.id(), content("Someone else", "1"), added.version(), "bob"))
                .isInstanceOf(GrantConflict.class);
        grants.removeAward(added.id(), added.version() + 1, "ana");
        assertThat(grants.round("test-fund", YEAR).orElseThrow().awards()).isEmpty();

        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action)
                .containsExactly(
                        "grant-scheme-created",
                        "grant-round-created",
                        "grant-award-added",
                        "grant-award-changed",
                        "grant-award-removed");
        assertThat(events.stream(GrantAwardChanged.class).toList().get(1).before())
                .contains("\"amount\":2500");
    }

    @Test
    void anAwardServesPlanObjectivesAndOwesMonitoringReturns() {
        grants.createScheme("Test Fund", null, null, false, "ana");
        grants.createRound("test-fund", YEAR, RoundDetails.none(), false, "ana");
        GrantAward award = grants.addAward("test-fund", YEAR, content("Dudley Youth Trust", "2500"), "ana");

        GrantAward linked = grants.saveObjectives(
                award.id(),
                "wm-police-and-crime-plan",
                "2014-15",
                Set.of("objective-4.2", "objective-4.9"),
                award.version(),
                "ana");
        assertThat(linked.objectives())
                .extracting(GrantAward.ObjectiveServed::words)
                .containsExactly("4.2 Creating stronger partnerships", "4.9 Supporting stronger communities");
        assertThatThrownBy(() -> grants.saveObjectives(
                        award.id(),
                        "wm-police-and-crime-plan",
                        "2014-15",
                        Set.of("objective-9.9"),
                        linked.version(),
                        "ana"))
                .isInstanceOf(GrantRuleViolation.class)
                .hasMessage("Version 2014-15 of the plan wm-police-and-crime-plan has no objective-9.9");

        GrantAward withReturns = grants.saveReturn(
                award.id(), null, "Q1 2030/31", LocalDate.of(2000, 7, 31), null, null, linked.version(), "ana");
        withReturns = grants.saveReturn(
                award.id(), null, "Q2 2030/31", LocalDate.of(2099, 10, 31), null, null, withReturns.version(), "ana");
        withReturns = grants.saveReturn(
                award.id(),
                1,
                "Q1 2030/31",
                LocalDate.of(2000, 7, 31),
                LocalDate.of(2000, 7, 30),
                "On track",
                withReturns.version(),
                "ana");
        assertThat(withReturns.returns())
                .extracting(r -> r.period() + " " + r.status())
                .containsExactly("Q1 2030/31 RECEIVED", "Q2 2030/31 DUE");
        GrantAward overdue = grants.saveReturn(
                award.id(), null, "Q3 2030/31", LocalDate.of(2000, 1, 31), null, null, withReturns.version(), "ana");
        assertThat(overdue.returns().get(2).status()).isEqualTo(GrantAward.MonitoringReturn.Status.OVERDUE);
        assertThat(events.stream(GrantAwardChanged.class))
                .extracting(AuditedChange::action)
                .contains("grant-award-objectives-changed", "grant-award-return-saved");
    }

    @Test
    void anAwardsFileIsImportedAllOrNothingWithItsObjectivesChecked() {
        grants.createScheme("Test Fund", null, null, false, "ana");
        String bad =
                """
                recipient,area,amount,purpose,objectives
                Dudley Youth Trust,Dudley,2500,Youth diversion,wm-police-and-crime-plan/2014-15/4.2
                Walsall Arts,Walsall,-5,Arts,wm-police-and-crime-plan/2014-15/12.1
                """;
        assertThatThrownBy(() -> grants.importAwards(
                        "test-fund", YEAR, "awards.csv", bad.getBytes(StandardCharsets.UTF_8), "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .satisfies(e -> assertThat(((FinanceFileRefused) e).problems())
                        .extracting(Object::toString)
                        .containsExactly(
                                "line 3, column 3 (amount): an award must be more than £0",
                                "line 3, column 5 (objectives): the plan register has no objective 12.1 in version"
                                        + " 2014-15 of the plan wm-police-and-crime-plan"));
        assertThat(grants.round("test-fund", YEAR))
                .as("nothing was stored, not even the year")
                .isEmpty();

        String good = bad.replace("-5", "500").replace("/12.1", "/4.3");
        GrantRound round =
                grants.importAwards("test-fund", YEAR, "awards.csv", good.getBytes(StandardCharsets.UTF_8), "ana");
        assertThat(round.awards()).hasSize(2);
        assertThatThrownBy(() -> grants.importAwards(
                        "test-fund", YEAR, "awards.csv", good.getBytes(StandardCharsets.UTF_8), "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("Test Fund 2030/31 already has 2 awards, which importing would duplicate");
    }

    @Test
    void aSchemeNameWithoutLettersOrWithCharactersThatCouldNotBeReadIsRefused() {
        assertThatThrownBy(() -> grants.createScheme("\uFFFD\uFFFD", null, null, false, "ana"))
                .isInstanceOf(GrantRuleViolation.class)
                .hasMessage("The scheme's name has characters that could not be read: send it as UTF-8 text");
        assertThatThrownBy(() -> grants.createScheme("-- / --", null, null, false, "ana"))
                .isInstanceOf(GrantRuleViolation.class)
                .hasMessage("Write the scheme's name with letters or digits");
    }
}
