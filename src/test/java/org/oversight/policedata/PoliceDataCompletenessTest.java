package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.MonthCompleteness.Judgement;
import org.oversight.policedata.demo.DemonstrationData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completeness through the API: judged from the stored batches, marks kept with who and when. */
@SpringBootTest
class PoliceDataCompletenessTest {

    static final String FORCE = "west-midlands";
    static final YearMonth APRIL = YearMonth.of(2015, 4);

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void startEmpty() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
        jdbc.sql("DELETE FROM policedata.month_mark").update();
    }

    private FileImportResult importStreet(YearMonth month, int rows) throws IOException {
        Path file = folder.resolve(month + "-" + FORCE + "-street.csv");
        DemonstrationData.writeStreetFile(file, month, rows, month.getMonthValue());
        List<FileImportResult> results = policeData.importPaths(List.of(file), false, "test", ImportListener.NONE);
        assertThat(results.get(0).refused()).as("%s", results.get(0).problem()).isFalse();
        return results.get(0);
    }

    /** December 2014 to March 2015 with about a thousand rows each. */
    private void fourFullMonths() throws IOException {
        importStreet(YearMonth.of(2014, 12), 1000);
        importStreet(YearMonth.of(2015, 1), 1040);
        importStreet(YearMonth.of(2015, 2), 960);
        importStreet(YearMonth.of(2015, 3), 1010);
    }

    @Test
    void aTwoRowFileAfterFullMonthsIsReportedIncompleteAtImport() throws IOException {
        fourFullMonths();

        FileImportResult april = importStreet(APRIL, 2);

        // April's references: March, February, January, December: 1010, 960, 1040, 1000 → median 1005.
        assertThat(april.complete()).isFalse();
        assertThat(april.completeness().judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(april.completeness().referenceRows()).isEqualTo(1005);
        assertThat(april.completeness().reason())
                .isEqualTo("2 rows, far fewer than the 1,005 usual in the nearest months (at least half is expected).");
        assertThat(policeData.completeness(FORCE, PoliceDataKind.STREET))
                .extracting(MonthCompleteness::month, MonthCompleteness::complete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2014, 12), true),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2015, 1), true),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2015, 2), true),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2015, 3), true),
                        org.assertj.core.groups.Tuple.tuple(APRIL, false));
        assertThat(policeData.completeness(FORCE, PoliceDataKind.OUTCOMES)).isEmpty();
    }

    @Test
    void aRefusedFileHasNoCompleteness() throws IOException {
        Path bad = PoliceFiles.write(folder, "2015-04-west-midlands-street.csv", "Crime ID\n");
        FileImportResult result = policeData
                .importPaths(List.of(bad), false, "test", ImportListener.NONE)
                .get(0);
        assertThat(result.refused()).isTrue();
        assertThat(result.completeness()).isNull();
        assertThat(result.complete()).isNull();
    }

    @Test
    void aMarkWinsRecordsWhoAndWhenAndSurvivesReimportsAndRemoval() throws IOException {
        fourFullMonths();
        importStreet(APRIL, 2);

        MonthCompleteness marked =
                policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, true, "  a quiet month, checked  ", "ana");

        assertThat(marked.complete()).isTrue();
        assertThat(marked.judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(marked.mark().markedBy()).isEqualTo("ana");
        assertThat(marked.mark().note()).isEqualTo("a quiet month, checked");
        assertThat(marked.mark().markedAt()).isNotNull();

        importStreet(APRIL, 3);
        assertThat(policeData
                        .completeness(FORCE, PoliceDataKind.STREET, APRIL)
                        .orElseThrow()
                        .mark())
                .as("kept when the month is imported again")
                .isEqualTo(marked.mark());

        long april = policeData
                .batch(PoliceDataKind.STREET, FORCE, APRIL)
                .orElseThrow()
                .id();
        policeData.removeBatch(april, "test");
        MonthCompleteness removed =
                policeData.completeness(FORCE, PoliceDataKind.STREET, APRIL).orElseThrow();
        assertThat(removed.mark()).as("kept when the month's batch is removed").isEqualTo(marked.mark());
        assertThat(removed.judgement()).isEqualTo(Judgement.MISSING);
        assertThat(removed.complete()).isTrue();

        MonthCompleteness cleared = policeData.clearMark(FORCE, PoliceDataKind.STREET, APRIL, "ana");
        assertThat(cleared.mark()).isNull();
        assertThat(cleared.judgement()).isEqualTo(Judgement.MISSING);
        assertThat(cleared.complete()).isFalse();
        assertThat(policeData.completeness(FORCE, PoliceDataKind.STREET, APRIL))
                .as("outside the imported months and no longer marked")
                .isEmpty();
    }

    @Test
    void aMarkNeedsANoteAndAMonthThatCanBeMarked() throws IOException {
        fourFullMonths();
        importStreet(YearMonth.of(2015, 6), 1000);

        assertThatThrownBy(() -> policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, false, " ", "ana"))
                .isInstanceOf(MonthMarkRefused.class)
                .hasMessage("Say why the month is incomplete: a mark needs a note.");
        assertThatThrownBy(() -> policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, true, "x", "ana"))
                .isInstanceOf(MonthMarkRefused.class)
                .hasMessage("No street file for west-midlands is imported for 2015-04, so the month cannot be"
                        + " marked complete.");
        assertThatThrownBy(() ->
                        policeData.markMonth(FORCE, PoliceDataKind.STREET, YearMonth.of(2015, 9), false, "x", "ana"))
                .isInstanceOf(MonthMarkRefused.class)
                .hasMessage("No street file for west-midlands is imported for 2015-09; imported months run from"
                        + " 2014-12 to 2015-06.");
        assertThatThrownBy(
                        () -> policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, false, "x".repeat(1001), "ana"))
                .hasMessage("The note must be 1000 characters or fewer; it has 1001.");

        MonthCompleteness gap =
                policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, false, "never published", "ana");
        assertThat(gap.judgement()).isEqualTo(Judgement.MISSING);
        assertThat(gap.mark().note()).isEqualTo("never published");
        assertThat(policeData
                        .markMonth(FORCE, PoliceDataKind.STREET, APRIL, false, "not published", "bo")
                        .mark())
                .as("a second mark replaces the first")
                .extracting(MonthMark::note, MonthMark::markedBy)
                .containsExactly("not published", "bo");
    }

    @Test
    void theDataVersionChangesWithEveryImportRemovalAndMarkAndOnlyThen() throws IOException {
        String start = policeData.dataVersion();
        assertThat(policeData.dataVersion()).isEqualTo(start);

        importStreet(APRIL, 100);
        String imported = policeData.dataVersion();
        assertThat(imported).isNotEqualTo(start);

        importStreet(APRIL, 100);
        assertThat(policeData.dataVersion())
                .as("an identical file changes nothing")
                .isEqualTo(imported);

        policeData.markMonth(FORCE, PoliceDataKind.STREET, APRIL, false, "short", "ana");
        String marked = policeData.dataVersion();
        assertThat(marked).isNotEqualTo(imported);

        policeData.clearMark(FORCE, PoliceDataKind.STREET, APRIL, "ana");
        String cleared = policeData.dataVersion();
        assertThat(cleared).isNotEqualTo(marked);
        policeData.clearMark(FORCE, PoliceDataKind.STREET, APRIL, "ana");
        assertThat(policeData.dataVersion())
                .as("clearing no mark changes nothing")
                .isEqualTo(cleared);

        policeData.removeBatch(
                policeData
                        .batch(PoliceDataKind.STREET, FORCE, APRIL)
                        .orElseThrow()
                        .id(),
                "test");
        assertThat(policeData.dataVersion()).isNotEqualTo(cleared);
    }

    @Test
    void batchesArePagedAndFilteredByForceKindAndMonthsNewestFirst() throws IOException {
        fourFullMonths();
        importStreet(APRIL, 900);

        BatchPage first = policeData.batches(BatchFilter.ALL, 1, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.batches()).extracting(ImportBatch::month).containsExactly(APRIL, YearMonth.of(2015, 3));
        assertThat(policeData.batches(BatchFilter.ALL, 3, 2).batches())
                .extracting(ImportBatch::month)
                .containsExactly(YearMonth.of(2014, 12));

        BatchPage range = policeData.batches(
                new BatchFilter(FORCE, PoliceDataKind.STREET, YearMonth.of(2015, 1), YearMonth.of(2015, 2)), 1, 25);
        assertThat(range.batches())
                .extracting(ImportBatch::month)
                .containsExactly(YearMonth.of(2015, 2), YearMonth.of(2015, 1));
        assertThat(policeData
                        .batches(new BatchFilter("wiltshire", null, null, null), 1, 25)
                        .total())
                .isZero();
        assertThat(policeData
                        .batches(new BatchFilter(null, PoliceDataKind.OUTCOMES, null, null), 1, 25)
                        .total())
                .isZero();
        assertThat(policeData.forces()).containsExactly(FORCE);
        assertThat(policeData.months()).hasSize(5).startsWith(APRIL);
        assertThatThrownBy(() -> new BatchFilter(null, null, APRIL, YearMonth.of(2015, 1)))
                .hasMessage("the first month (2015-04) is after the last (2015-01)");
    }
}
