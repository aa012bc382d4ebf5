package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditTrail;
import org.oversight.policedata.demo.DemonstrationData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every change to police data is published as an audited change, in its transaction: each batch
 * imported (with its provenance) or replaced, removed, area sets, and months marked and cleared;
 * and nothing for a file that was refused or loaded again unchanged.
 */
@SpringBootTest
@RecordApplicationEvents
class PoliceDataEventsTest {

    static final String FORCE = "west-midlands";
    /** A month no other test imports. */
    static final YearMonth MONTH = YearMonth.of(2009, 1);

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    Set<Long> before;
    long lastEntryBefore;

    @BeforeEach
    void rememberTheBatchesAndTheTrail() {
        before = Set.copyOf(policeData.batches().stream().map(ImportBatch::id).toList());
        lastEntryBefore = trail.page(AuditFilter.none(), 1, 1, false).total();
    }

    @AfterEach
    void removeWhatThisTestAdded() {
        policeData.batches().stream()
                .filter(batch -> !before.contains(batch.id()))
                .forEach(batch -> policeData.removeBatch(batch.id(), "test"));
        jdbc.sql("DELETE FROM policedata.month_mark WHERE force_slug = :force AND month = :month")
                .param("force", FORCE)
                .param("month", MONTH.atDay(1))
                .update();
    }

    private Path streetFile(int rows, long seed) throws Exception {
        Path file = folder.resolve(MONTH + "-" + FORCE + "-street.csv");
        DemonstrationData.writeStreetFile(file, MONTH, rows, seed);
        return file;
    }

    private FileImportResult importFile(Path file) {
        return policeData
                .importPaths(List.of(file), false, "ana", ImportListener.NONE)
                .get(0);
    }

    /** This test's entries about the object, newest first. */
    private List<AuditEntry> entriesAbout(String object) {
        return trail.page(new AuditFilter(null, "policedata", object, null, null), 1, 50, true).entries().stream()
                .filter(entry -> entry.sequence() > lastEntryBefore)
                .toList();
    }

    @Test
    void anImportedFileIsPublishedWithItsProvenanceAndAReplacementWithWhatItReplaced() throws Exception {
        FileImportResult first = importFile(streetFile(20, 1));
        FileImportResult again = importFile(streetFile(20, 1));
        FileImportResult replacement = importFile(streetFile(30, 2));

        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        List<PoliceFileImported> imported =
                events.stream(PoliceFileImported.class).toList();
        assertThat(imported).hasSize(2);
        assertThat(imported.get(0).batch().id()).isEqualTo(first.batchId());
        assertThat(imported.get(0).replaced()).isNull();
        assertThat(imported.get(0).by()).isEqualTo("ana");
        assertThat(imported.get(1).replaced().id()).isEqualTo(first.batchId());
        assertThat(imported.get(1).batch().id()).isEqualTo(replacement.batchId());

        List<AuditEntry> entries = entriesAbout(FORCE + "/2009-01/street");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("batch-replaced", "batch-imported");
        AuditEntry replaced = entries.get(0);
        assertThat(replaced.objectType()).isEqualTo("import-batch");
        assertThat(replaced.before())
                .contains("\"id\":" + first.batchId())
                .contains("\"fileName\":\"2009-01-west-midlands-street.csv\"")
                .contains("\"sha256\":\"");
        assertThat(replaced.after()).contains("\"rows\":30").contains("\"importedBy\":\"ana\"");
        assertThat(replaced.summary())
                .isEqualTo(FORCE
                        + " street data for 2009-01 imported from 2009-01-west-midlands-street.csv: 30 rows (batch "
                        + replacement.batchId() + ", replacing batch " + first.batchId() + ")");
    }

    @Test
    void aRefusedFileIsNotAChange() throws Exception {
        Path bad = Files.writeString(
                folder.resolve(MONTH + "-" + FORCE + "-street.csv"), "Crime ID,Month\n", StandardCharsets.UTF_8);

        assertThat(importFile(bad).refused()).isTrue();

        assertThat(events.stream(PoliceFileImported.class)).isEmpty();
        assertThat(entriesAbout(FORCE + "/2009-01/street")).isEmpty();
    }

    @Test
    void aRemovedBatchIsPublishedWithWhoRemovedItAndWhatItHeld() throws Exception {
        FileImportResult imported = importFile(streetFile(20, 1));

        policeData.removeBatch(imported.batchId(), "ada");

        ImportBatchRemoved removed =
                events.stream(ImportBatchRemoved.class).findFirst().orElseThrow();
        assertThat(removed.batch().id()).isEqualTo(imported.batchId());
        assertThat(removed.by()).isEqualTo("ada");
        AuditEntry entry = entriesAbout(FORCE + "/2009-01/street").get(0);
        assertThat(entry.action()).isEqualTo("batch-removed");
        assertThat(entry.user()).isEqualTo("ada");
        assertThat(entry.before()).contains("\"rows\":20");
        assertThat(entry.after()).isNull();
    }

    @Test
    void anAreaSetImportedAndReplacedIsPublishedWithItsCodes() {
        String name = "Audit test areas " + System.nanoTime();
        policeData.importAreaSet(
                name,
                "a.csv",
                new ByteArrayInputStream("lsoa_code\nE01000001\n".getBytes(StandardCharsets.UTF_8)),
                "ana");
        policeData.importAreaSet(
                name,
                "b.csv",
                new ByteArrayInputStream("lsoa_code\nE01000001\nE01000002\n".getBytes(StandardCharsets.UTF_8)),
                "ana");

        List<AreaSetImported> imported = events.stream(AreaSetImported.class).toList();
        assertThat(imported).hasSize(2);
        assertThat(imported.get(1).replaced().lsoaCodes()).containsExactly("E01000001");
        AuditEntry entry = entriesAbout(name).get(0);
        assertThat(entry.action()).isEqualTo("area-set-replaced");
        assertThat(entry.before()).contains("\"lsoaCodes\":[\"E01000001\"]");
        assertThat(entry.after()).contains("\"lsoaCodes\":[\"E01000001\",\"E01000002\"]");
    }

    @Test
    void aMonthMarkedAndClearedIsPublishedWithTheMarkBeforeAndAfter() throws Exception {
        importFile(streetFile(20, 1));

        policeData.markMonth(FORCE, PoliceDataKind.STREET, MONTH, false, "the force says rows are missing", "ana");
        policeData.markMonth(FORCE, PoliceDataKind.STREET, MONTH, true, "the force sent the rest", "ada");
        policeData.clearMark(FORCE, PoliceDataKind.STREET, MONTH, "ana");
        policeData.clearMark(FORCE, PoliceDataKind.STREET, MONTH, "ana");

        assertThat(events.stream(MonthMarked.class)).hasSize(2);
        assertThat(events.stream(MonthMarkCleared.class))
                .as("clearing no mark changes nothing")
                .hasSize(1);
        List<AuditEntry> entries = entriesAbout(FORCE + "/2009-01/street").stream()
                .filter(entry -> entry.objectType().equals("month"))
                .toList();
        assertThat(entries)
                .extracting(AuditEntry::action, AuditEntry::user)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("month-mark-cleared", "ana"),
                        org.assertj.core.groups.Tuple.tuple("month-marked", "ada"),
                        org.assertj.core.groups.Tuple.tuple("month-marked", "ana"));
        assertThat(entries.get(1).before()).contains("\"note\":\"the force says rows are missing\"");
        assertThat(entries.get(1).after()).contains("\"complete\":true");
        assertThat(entries.get(1).summary())
                .isEqualTo(FORCE + " street 2009-01 marked complete: the force sent the rest");
    }
}
