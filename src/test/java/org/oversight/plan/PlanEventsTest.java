package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.file.PlanFileReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every change to the plan register is published as an audited change in its transaction: plans
 * and versions imported, created and varied, and each item an edit adds, changes or removes, with
 * its before and after; a change whose audit entry cannot be written does not happen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlanEventsTest {

    private static final AtomicInteger PLANS = new AtomicInteger();

    @Autowired
    PlanRegister register;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String key;

    @BeforeEach
    void aKeyOfThisTestsOwn() {
        key = "audit-events-" + PLANS.incrementAndGet() + "-" + System.nanoTime();
    }

    private String file(String commitmentText) {
        return """
                format: oversight-plan/1
                plan: { key: %s, title: Audited plan, force: West Midlands Police }
                versions:
                  - label: "2024-25"
                    objectives:
                      - number: "7"
                        title: Reducing crime
                        commitments:
                          - { ref: "7-1", text: %s, lead: ACC Crime, cadence: quarterly }
                """
                .formatted(key, commitmentText);
    }

    private void importFile(String yaml) {
        register.importPlan(
                new PlanFileReader()
                        .read("audited.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
                "ana");
    }

    private List<AuditEntry> entriesAbout(String object) {
        return trail.page(new AuditFilter(null, "plan", object, null, null), 1, 50, true)
                .entries();
    }

    @Test
    void importingAFilePublishesThePlanAndEachVersionAndAnUnchangedImportNothing() {
        importFile(file("Tackle burglary"));
        importFile(file("Tackle burglary"));
        importFile(file("Tackle burglary and robbery"));

        assertThat(events.stream(PlanCreated.class)).singleElement().satisfies(created -> {
            assertThat(created.planKey()).isEqualTo(key);
            assertThat(created.by()).isEqualTo("ana");
        });
        List<PlanVersionImported> imported =
                events.stream(PlanVersionImported.class).toList();
        assertThat(imported)
                .extracting(PlanVersionImported::action)
                .containsExactly("version-imported", "version-reimported");
        assertThat(imported.get(1).before()).contains("\"text\":\"Tackle burglary\"");
        assertThat(imported.get(1).after()).contains("\"text\":\"Tackle burglary and robbery\"");
        assertThat(entriesAbout(key))
                .extracting(AuditEntry::action)
                .containsExactly("version-reimported", "version-imported", "plan-created");
        assertThat(entriesAbout(key).get(0).summary())
                .isEqualTo("Version 2024-25 of plan " + key + " replaced from audited.yaml");
    }

    @Test
    void creatingAPlanAndAVariationArePublished() {
        register.createPlan(
                key, "New plan", "West Midlands Police", null, null, null, "2025-26", LocalDate.of(2025, 4, 1), "ana");
        register.createVariation(key, "2025-26", "2025-26 varied", LocalDate.of(2025, 10, 1), "ada");

        assertThat(events.stream(PlanCreated.class)).singleElement().satisfies(created -> assertThat(created.after())
                .contains("\"firstVersion\":{\"label\":\"2025-26\",\"issuedOn\":\"2025-04-01\""));
        assertThat(events.stream(PlanVariationCreated.class))
                .containsExactly(new PlanVariationCreated(
                        key,
                        "2025-26",
                        "2025-26 varied",
                        "{\"label\":\"2025-26 varied\",\"issuedOn\":\"2025-10-01\",\"variationOf\":\"2025-26\",\"note\":null}",
                        "ada"));
    }

    @Test
    void anEditInTheBrowserIsRecordedItemByItemWithWhoAndFromWhere() throws Exception {
        importFile(file("Tackle burglary"));
        int lock = register.version(key, "2024-25").version();

        mvc.perform(post("/plans/" + key + "/versions/2024-25/objectives/1/commitments/1")
                        .with(user("editor").roles("ANALYST"))
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.14");
                            return request;
                        })
                        .param("ref", "7-1")
                        .param("heading", "")
                        .param("text", "Tackle burglary with neighbourhood teams")
                        .param("leads", "ACC Crime")
                        .param("cadence", "quarterly")
                        .param("start", "")
                        .param("due", "")
                        .param("lock", String.valueOf(lock)))
                .andExpect(status().is3xxRedirection());

        assertThat(events.stream(PlanVersionEdited.class)).singleElement().satisfies(edited -> {
            assertThat(edited.action()).isEqualTo("commitment-edited");
            assertThat(edited.by()).isEqualTo("editor");
        });
        AuditEntry entry = entriesAbout(key + "/2024-25/7-1").get(0);
        assertThat(entry.user()).isEqualTo("editor");
        assertThat(entry.address()).isEqualTo("192.0.2.14");
        assertThat(entry.before()).contains("\"text\":\"Tackle burglary\"");
        assertThat(entry.after()).contains("\"text\":\"Tackle burglary with neighbourhood teams\"");
    }

    @Test
    void removingAnObjectiveIsRecordedWithWhatItHeld() {
        importFile(file("Tackle burglary"));
        var version = register.version(key, "2024-25");

        register.saveVersion(version.withoutObjective(0), version.version(), "ana");

        assertThat(entriesAbout(key + "/2024-25/7").get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("objective-removed");
            assertThat(entry.before()).contains("\"commitments\":[{\"ref\":\"7-1\"");
            assertThat(entry.after()).isNull();
        });
    }

    @Test
    void aChangeWhoseAuditEntryTheDatabaseRefusesDoesNotHappen() {
        jdbc.sql("CREATE FUNCTION audit.test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.object_id = '" + key + "' THEN RAISE EXCEPTION 'the audit disk is full'; END IF;"
                        + " RETURN NEW; END $$")
                .update();
        jdbc.sql("CREATE TRIGGER test_refuse BEFORE INSERT ON audit.audit_entry FOR EACH ROW"
                        + " EXECUTE FUNCTION audit.test_refuse()")
                .update();
        try {
            assertThatThrownBy(() -> register.createPlan(
                            key, "Doomed plan", "West Midlands Police", null, null, null, "2025-26", null, "ana"))
                    .rootCause()
                    .hasMessageContaining("the audit disk is full");
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse ON audit.audit_entry").update();
            jdbc.sql("DROP FUNCTION audit.test_refuse()").update();
        }

        assertThatThrownBy(() -> register.plan(key)).isInstanceOf(PlanNotFound.class);
        assertThat(entriesAbout(key)).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theExamplePlansLoadedOnStartAreRecorded() {
        assertThat(trail.page(
                                new AuditFilter("example-plans", "plan", "wm-police-and-crime-plan", null, null),
                                1,
                                50,
                                false)
                        .entries())
                .extracting(AuditEntry::action)
                .contains("plan-created", "version-imported");
    }
}
