package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanConflict;
import org.oversight.plan.domain.PlanImportResult;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.plan.file.PlanFileWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan register against the embedded PostgreSQL, with the example plans loaded on start-up. */
@SpringBootTest
class PlanRegisterTest {

    static final String EXAMPLE = "wm-police-and-crime-plan-2014-15.yaml";

    @Autowired
    PlanRegister register;

    @Autowired
    JdbcClient jdbc;

    private static String example(String name) throws IOException {
        try (InputStream input = PlanRegisterTest.class.getResourceAsStream("/plan/examples/" + name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlanFile read(String yaml) {
        return new PlanFileReader().read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fingerprint of every row the register stores. */
    private String fingerprint() {
        return jdbc.sql(
                        """
                        SELECT md5(concat_ws('#',
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM plan.plan t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM plan.plan_version t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM plan.objective t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM plan.commitment t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM plan.measure t)))
                        """)
                .query(String.class)
                .single();
    }

    private long versionsOf(String key) {
        return jdbc.sql(
                        "SELECT count(*) FROM plan.plan_version v JOIN plan.plan p ON p.id = v.plan_id WHERE p.plan_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    @Test
    void theThreeExamplePlansAreLoadedOnFirstStart() {
        assertThat(register.plans())
                .extracting(Plan::key)
                .containsExactlyInAnyOrder(
                        "wm-police-and-crime-plan",
                        "wm-police-and-crime-plan-2021-2025",
                        "wm-strategic-policing-plan-2008-2011");
        assertThat(register.version("wm-police-and-crime-plan", "2014-15").objectives())
                .hasSize(10);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        String before = fingerprint();

        PlanImportResult result = register.importPlan(read(example(EXAMPLE)), "test");

        assertThat(result.versions())
                .extracting(PlanImportResult.VersionOutcome::outcome)
                .containsOnly(PlanImportResult.Outcome.UNCHANGED);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void importingAChangedVersionUpdatesItInPlaceWithoutDuplicating() throws IOException {
        String yaml = example("wm-strategic-policing-plan-2008-2011.yaml")
                .replace("Produce and implement a knife crime reduction strategy", "Produce a knife crime strategy");
        PlanVersion before = register.version("wm-strategic-policing-plan-2008-2011", "2008-2011");

        PlanImportResult result = register.importPlan(read(yaml), "test");

        PlanVersion after = register.version("wm-strategic-policing-plan-2008-2011", "2008-2011");
        assertThat(result.versions().get(0).outcome()).isEqualTo(PlanImportResult.Outcome.UPDATED);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(versionsOf("wm-strategic-policing-plan-2008-2011")).isEqualTo(1);
        assertThat(after.objectives().stream()
                        .flatMap(o -> o.commitments().stream())
                        .map(Commitment::text))
                .contains("Produce a knife crime strategy")
                .doesNotContain("Produce and implement a knife crime reduction strategy");
        register.importPlan(read(example("wm-strategic-policing-plan-2008-2011.yaml")), "test");
    }

    @Test
    void aRefusedFileLeavesTheDatabaseExactlyAsItWas() throws IOException {
        String before = fingerprint();
        // The first version changes and the second names a version that does not exist: nothing may be written.
        String yaml = example(EXAMPLE)
                .replace("Increase confidence in policing", "Changed text")
                .replace("variationOf: \"2013-14\"", "variationOf: \"2012-13\"");

        assertThatThrownBy(() -> register.importPlan(read(yaml), "test"))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("'2012-13' is not an earlier version");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void everyExamplePlanSurvivesExportAndImportUnchanged() {
        String before = fingerprint();
        for (Plan plan : register.plans()) {
            List<PlanVersion> versions = register.versions(plan);
            String yaml = new PlanFileWriter().write(plan, versions);
            PlanFile reread = read(yaml);
            assertThat(reread.versions()).hasSameSizeAs(versions);
            for (int i = 0; i < versions.size(); i++) {
                assertThat(reread.versions().get(i).objectives())
                        .isEqualTo(versions.get(i).objectives());
            }
            register.importPlan(reread, "test");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anEditFromAnOutOfDateCopyIsRefusedAndNothingChanges() {
        PlanVersion opened = register.version("wm-police-and-crime-plan", "2013-14");
        Objective first = opened.objective(0);
        register.saveVersion(
                opened.withObjective(0, first.withHeader(first.number(), "Saved first", first.section(), null, null)),
                opened.version(),
                "first");
        String before = fingerprint();

        assertThatThrownBy(() -> register.saveVersion(
                        opened.withObjective(0, first.withHeader(first.number(), "Saved second", null, null, null)),
                        opened.version(),
                        "second"))
                .isInstanceOf(PlanConflict.class);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(register.version("wm-police-and-crime-plan", "2013-14")
                        .objective(0)
                        .title())
                .isEqualTo("Saved first");

        PlanVersion current = register.version("wm-police-and-crime-plan", "2013-14");
        register.saveVersion(current.withObjective(0, first), current.version(), "test");
    }

    @Autowired
    org.oversight.plan.PlanApi planApi;

    @Test
    void otherModulesAskingForAPlanThatDoesNotExistGetNothingRatherThanAnError() {
        assertThat(planApi.planTitle("no-such-plan")).isEmpty();
        assertThat(planApi.versions("no-such-plan")).isEmpty();
        assertThat(planApi.measures("wm-police-and-crime-plan", "no-such-version"))
                .isEmpty();
        assertThat(planApi.measures("wm-police-and-crime-plan", "2014-15")).hasSize(11);
    }
}
