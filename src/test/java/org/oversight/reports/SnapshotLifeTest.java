package org.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oversight.shared.AuditedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The life of a snapshot against the real database (ADR 0018): drafted, edited, frozen for ever,
 * corrected by a new version with a note, approved by a second person. Snapshots are never deleted,
 * so each test works on a document key of its own.
 */
@SpringBootTest
@RecordApplicationEvents
@WithMockUser(username = "ada", roles = "ADMIN")
class SnapshotLifeTest {

    static final String KIND = "test-report";

    @Autowired
    ReportsApi reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static String key() {
        return "life/" + UUID.randomUUID();
    }

    private Snapshot frozen(String key) {
        Snapshot draft = reports.draft(KIND, key, ExampleDocuments.small(), ExampleDocuments.provenance(), "ana");
        return reports.freeze(draft.id(), "ana");
    }

    @Test
    void aFrozenSnapshotCarriesTheHashOfItsContentAndWhoFrozeIt() {
        Snapshot frozen = frozen(key());

        assertThat(frozen.status()).isEqualTo(SnapshotStatus.FROZEN);
        assertThat(frozen.sha256()).matches("[0-9a-f]{64}");
        assertThat(frozen.frozen().by()).isEqualTo("ana");
        assertThat(frozen.document()).isEqualTo(ExampleDocuments.small());
        assertThat(frozen.provenance()).isEqualTo(ExampleDocuments.provenance());
    }

    @Test
    void aFrozenSnapshotCannotBeEditedRebuiltOrFrozenAgain() {
        Snapshot frozen = frozen(key());

        assertThatThrownBy(() -> reports.editNarrative(
                        frozen.id(), "executive-summary", Block.paragraphs("Changed afterwards."), "ana"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("is frozen and cannot be edited");
        assertThatThrownBy(() -> reports.redraft(frozen.id(), ExampleDocuments.small(), Provenance.none(), "ana"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("issue a corrected version");
        assertThatThrownBy(() -> reports.freeze(frozen.id(), "ana")).isInstanceOf(SnapshotRefused.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAFrozenSnapshotWhoeverAsks() {
        Snapshot frozen = frozen(key());

        assertThatThrownBy(() -> jdbc.sql("UPDATE reports.snapshot SET title = 'Changed' WHERE id = :id")
                        .param("id", frozen.id().value())
                        .update())
                .hasMessageContaining("is frozen: it can never be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM reports.snapshot WHERE id = :id")
                        .param("id", frozen.id().value())
                        .update())
                .hasMessageContaining("cannot be deleted");
        assertThat(reports.snapshot(frozen.id()).document()).isEqualTo(ExampleDocuments.small());
    }

    @Test
    void contentChangedBehindTheTriggersBackIsFoundWhenItIsRendered() {
        Snapshot frozen = frozen(key());
        jdbc.sql("ALTER TABLE reports.snapshot DISABLE TRIGGER snapshot_kept").update();
        try {
            jdbc.sql("UPDATE reports.snapshot SET document_json = replace(document_json, '8,432', '9,999')"
                            + " WHERE id = :id")
                    .param("id", frozen.id().value())
                    .update();
        } finally {
            jdbc.sql("ALTER TABLE reports.snapshot ENABLE TRIGGER snapshot_kept")
                    .update();
        }

        assertThatThrownBy(() -> reports.render(frozen.id(), DocumentFormat.HTML))
                .isInstanceOf(SnapshotTampered.class);
    }

    @Test
    void narrativeEditedInADraftIsKeptWhenTheDraftIsRebuiltFromNewData() {
        Snapshot draft = reports.draft(KIND, key(), ExampleDocuments.small(), ExampleDocuments.provenance(), "ana");
        reports.editNarrative(draft.id(), "executive-summary", Block.paragraphs("Crime fell in the quarter."), "ana");

        Snapshot rebuilt = reports.redraft(draft.id(), ExampleDocuments.board(3, 2), Provenance.none(), "ana");

        assertThat(rebuilt.document().section("executive-summary").orElseThrow().blocks())
                .isEqualTo(Block.paragraphs("Crime fell in the quarter."));
        assertThat(rebuilt.document().section("objective-1").orElseThrow().sections())
                .hasSize(3);
        assertThatThrownBy(() -> reports.editNarrative(draft.id(), "objective-1", Block.paragraphs("No."), "ana"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("built from the data");
    }

    @Test
    void aCorrectionIsANewVersionWithItsNoteAndTheOldVersionStaysReadable() {
        String key = key();
        Snapshot first = frozen(key);
        Snapshot correction = reports.supersede(
                first.id(),
                ExampleDocuments.board(2, 3),
                ExampleDocuments.provenance(),
                "A third measure was left out.",
                "ana");
        reports.freeze(correction.id(), "ana");

        List<Snapshot> versions = reports.versions(KIND, key);
        assertThat(versions).extracting(Snapshot::version).containsExactly(1, 2);
        assertThat(versions.get(0).status()).isEqualTo(SnapshotStatus.SUPERSEDED);
        assertThat(versions.get(0).supersededBy()).isEqualTo(correction.id());
        assertThat(versions.get(0).document()).isEqualTo(ExampleDocuments.small());
        assertThat(versions.get(1).correctionNote()).isEqualTo("A third measure was left out.");
        assertThat(reports.render(first.id(), DocumentFormat.HTML).text()).contains("Total recorded crime");
        assertThatThrownBy(() ->
                        reports.supersede(first.id(), ExampleDocuments.small(), Provenance.none(), "Again.", "ana"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("only the latest version can be corrected");
        assertThatThrownBy(() ->
                        reports.supersede(correction.id(), ExampleDocuments.small(), Provenance.none(), " ", "ana"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("needs a note");
    }

    @Test
    void approvalNeedsASecondPersonAndAFrozenVersion() {
        String key = key();
        Snapshot draft = reports.draft(KIND, key, ExampleDocuments.small(), ExampleDocuments.provenance(), "ada");
        assertThatThrownBy(() -> reports.approve(draft.id(), "ada"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("freeze it before");
        reports.freeze(draft.id(), "ana");
        assertThatThrownBy(() -> reports.approve(draft.id(), "ada"))
                .isInstanceOf(SnapshotRefused.class)
                .hasMessageContaining("approval needs a second person");
        assertThat(reports.latestApproved(KIND, key)).isEmpty();

        Snapshot approved = reports.approve(draft.id(), "bea");

        assertThat(approved.approved().by()).isEqualTo("bea");
        assertThat(reports.latestApproved(KIND, key)).map(Snapshot::id).contains(draft.id());
        assertThatThrownBy(() -> reports.approve(draft.id(), "cy")).hasMessageContaining("already approved");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void onlyAnAdminMayApprove() {
        Snapshot frozen = frozen(key());

        assertThatThrownBy(() -> reports.approve(frozen.id(), "ana")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyStepIsPublishedAsAnAuditedChange() {
        String key = key();
        Snapshot draft = reports.draft(KIND, key, ExampleDocuments.small(), ExampleDocuments.provenance(), "ana");
        reports.editNarrative(draft.id(), "background", Block.paragraphs("Shorter background."), "ana");
        reports.freeze(draft.id(), "ana");
        reports.approve(draft.id(), "bea");

        assertThat(events.stream(AuditedChange.class).map(Object::getClass).map(Class::getSimpleName))
                .containsSubsequence(
                        "SnapshotDrafted", "SnapshotNarrativeEdited", "SnapshotFrozen", "SnapshotApproved");
    }

    @Test
    void aFrozenSnapshotRendersToTheSameBytesEveryTime() {
        Snapshot frozen = frozen(key());

        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(reports.render(frozen.id(), format).bytes())
                    .as(format.name())
                    .isEqualTo(reports.render(frozen.id(), format).bytes());
        }
    }
}
