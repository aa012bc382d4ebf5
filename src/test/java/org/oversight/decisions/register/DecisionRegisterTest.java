package org.oversight.decisions.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.decisions.Decision;
import org.oversight.decisions.DecisionFileProblem;
import org.oversight.decisions.DecisionFileRefused;
import org.oversight.decisions.DecisionSearch;
import org.oversight.decisions.DecisionsApi;
import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The decisions register: the example decisions, search, files of decisions and decision notices. */
@SpringBootTest
@RecordApplicationEvents
class DecisionRegisterTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DecisionRegister register;

    @Autowired
    DecisionsApi api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTestDecisions() {
        jdbc.sql("DELETE FROM decisions.decision WHERE number LIKE 'T-%'").update();
    }

    private static DecisionContent content(String number, String title) {
        return new DecisionContent(
                number,
                title,
                LocalDate.of(2030, 5, 1),
                "Police and Crime Commissioner",
                "A test decision",
                "£10,000 from reserves",
                false,
                null);
    }

    @Test
    void theTwentyNineDecisionsOf2018To19AreInTheRegisterAsExamples() {
        List<Decision> year = api.search(new DecisionSearch(null, FinancialYear.parse("2018/19")));
        assertThat(year).hasSize(29).allMatch(Decision::example);
        assertThat(year.get(0).number()).isEqualTo("007-2019");
        assertThat(year.get(year.size() - 1).number()).isEqualTo("004A-2018");
        Decision budget = api.decision("004-2019").orElseThrow();
        assertThat(budget.title())
                .isEqualTo("2019-20 Revenue budget and precept and capital budget and programme 2019-20 to 2022-23");
        assertThat(budget.decidedOn()).isEqualTo(LocalDate.of(2019, 2, 8));
        assertThat(api.decision("019-2019").orElseThrow().decidedOn())
                .as("kept as published, though numbered for 2019")
                .isEqualTo(LocalDate.of(2018, 7, 27));
        assertThat(api.decision("005-2019").orElseThrow().summary())
                .isEqualTo("PCC Decision 005-2019 is a confidential decision in relation to the Lease of Office Space"
                        + " and Car Parking");
    }

    @Test
    void theRegisterIsSearchedByEveryWordInAnyCase() {
        assertThat(api.search(new DecisionSearch("TASERS", null)))
                .extracting(Decision::number)
                .containsExactly("025-2018", "020-2018");
        assertThat(api.search(new DecisionSearch("pension forfeiture", FinancialYear.parse("2018/19"))))
                .extracting(Decision::number)
                .containsExactly("003-2019", "002-2019", "021-2018");
        assertThat(api.search(new DecisionSearch("100%_", null)))
                .as("LIKE wildcards are plain text")
                .isEmpty();
        assertThat(api.search(new DecisionSearch("tasers", FinancialYear.parse("2019/20"))))
                .isEmpty();
    }

    @Test
    void aFileOfDecisionsIsImportedAllOrNothing() {
        String bad =
                """
                number,title,date,decision_maker
                T-1,First,01/05/2030,Police and Crime Commissioner
                T 2,Second,31/02/2030,
                T-1,Third,2030-05-03,Deputy PCC
                004-2019,Again,2030-05-03,Police and Crime Commissioner
                """;
        assertThatThrownBy(
                        () -> register.importFile("decisions.csv", bad.getBytes(StandardCharsets.UTF_8), false, "ana"))
                .isInstanceOf(DecisionFileRefused.class)
                .satisfies(e -> assertThat(((DecisionFileRefused) e).problems())
                        .extracting(DecisionFileProblem::toString)
                        .containsExactly(
                                "line 3, column 1 (number): 'T 2' is not a decision number: use at least one digit, and"
                                        + " letters, digits, '.', '_' or '-' only (at most 40), such as 004-2019",
                                "line 3, column 3 (date): '31/02/2030' is not a real date",
                                "line 3, column 4 (decision_maker): is missing",
                                "line 4, column 1 (number): decision T-1 is already on line 2"));
        assertThat(api.decision("T-1")).isEmpty();

        String clash = "number,title,date,decision_maker\nT-1,First,01/05/2030,PCC\n004-2019,Again,2030-05-03,PCC\n";
        assertThatThrownBy(() -> register.importFile("d.csv", clash.getBytes(StandardCharsets.UTF_8), false, "ana"))
                .isInstanceOf(DecisionFileRefused.class)
                .hasMessageContaining("line 3, column 1 (number): decision 004-2019 is already in the register");
        assertThat(api.decision("T-1")).isEmpty();
    }

    @Test
    void aDecisionIsAddedChangedAndRemovedWithTheOptimisticLock() {
        Decision added = register.add(content("T-10", "Test decision"), false, "ana");
        register.save("T-10", content("T-11", "Renumbered"), added.version(), "ana");
        assertThat(api.decision("T-10")).isEmpty();
        assertThatThrownBy(() -> register.save("T-11", content("T-11", "Stale"), added.version(), "bob"))
                .isInstanceOf(DecisionConflict.class);
        assertThatThrownBy(() -> register.add(content("T-11", "Twice"), false, "ana"))
                .isInstanceOf(DecisionRuleViolation.class)
                .hasMessage("Decision T-11 is already in the register");
        register.remove("T-11", added.version() + 1, "ana");
        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action)
                .containsExactly("decision-added", "decision-changed", "decision-removed");
    }

    @Test
    void aNoticeMustBeAPdfWordOrOpenDocumentFileByItsBytesAndWithinTheLimit() {
        Decision decision = register.add(content("T-20", "With a notice"), false, "ana");

        assertThatThrownBy(() -> register.attachNotice("T-20", "notice.exe", PDF, decision.version(), "ana"))
                .isInstanceOf(DecisionRuleViolation.class)
                .hasMessage("The notice must be a PDF, Word (.docx) or OpenDocument (.odt) file");
        assertThatThrownBy(() -> register.attachNotice(
                        "T-20",
                        "notice.pdf",
                        "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                        decision.version(),
                        "ana"))
                .isInstanceOf(DecisionRuleViolation.class)
                .hasMessage("The file notice.pdf is not a real PDF, whatever its name says");
        byte[] tooBig = Arrays.copyOf(PDF, (int) register.noticeMaxBytes() + 1);
        assertThatThrownBy(() -> register.attachNotice("T-20", "big.pdf", tooBig, decision.version(), "ana"))
                .isInstanceOf(DecisionRuleViolation.class)
                .hasMessage("The notice must be 10.0 MB (10,485,760 bytes) or smaller; this file is 10,485,761 bytes");

        Decision attached =
                register.attachNotice("T-20", "C:\\Users\\ana\\notice T-20.pdf", PDF, decision.version(), "ana");
        assertThat(attached.notice().fileName()).isEqualTo("notice T-20.pdf");
        assertThat(attached.notice().contentType()).isEqualTo("application/pdf");
        assertThat(attached.notice().size()).isEqualTo(PDF.length);
        assertThat(api.notice("T-20").orElseThrow().content()).isEqualTo(PDF);

        register.removeNotice("T-20", attached.version(), "ana");
        assertThat(api.notice("T-20")).isEmpty();
        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action)
                .containsExactly("decision-added", "decision-notice-attached", "decision-notice-removed");
    }
}
