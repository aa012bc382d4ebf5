package org.oversight.policedata.counts;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.StopSearchField;
import org.oversight.policedata.StopSearchFilter;
import org.oversight.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stop and search records counted by month with any columns' values, checked against the real
 * Wiltshire sample counted here row by row.
 */
@SpringBootTest
class StopSearchCountsTest {

    static final String FORCE = "wiltshire";
    static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final String SAMPLE = "2024-04-wiltshire-stop-and-search.csv";

    @Autowired
    PoliceDataApi policeData;

    @TempDir
    Path folder;

    private List<CsvRecord> rows;

    @BeforeEach
    void importTheRealSample() throws IOException {
        removeWiltshire();
        Path file = Files.copy(TestData.realData().resolve(SAMPLE), folder.resolve(SAMPLE));
        List<FileImportResult> results = policeData.importPaths(List.of(file), false, "test", ImportListener.NONE);
        assertThat(results.get(0).refused()).as("%s", results.get(0).problem()).isFalse();
        rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            csv.skipLines(1);
            csv.forEach(rows::add);
        }
    }

    @AfterEach
    void removeWiltshire() {
        policeData.batches().stream()
                .filter(b -> b.force().equals(FORCE))
                .forEach(b -> policeData.removeBatch(b.id(), "test"));
    }

    private long counted(StopSearchFilter filter) {
        return policeData.monthlyStopSearchCounts(FORCE, filter, APRIL, APRIL).get(APRIL);
    }

    private long rowsWhere(Predicate<CsvRecord> test) {
        return rows.stream().filter(test).count();
    }

    @Test
    void everyRecordIsCountedWithNoFilter() {
        assertThat(counted(StopSearchFilter.ALL)).isEqualTo(rows.size()).isPositive();
    }

    @Test
    void searchesAreCountedByLegislation() {
        String drugs = "Misuse of Drugs Act 1971 (section 23)";

        assertThat(counted(StopSearchFilter.ALL.and(StopSearchField.LEGISLATION, Set.of(drugs))))
                .isEqualTo(rowsWhere(r -> r.getField(10).equals(drugs)))
                .isEqualTo(75);
    }

    @Test
    void filtersOnSeveralColumnsMustAllHold() {
        StopSearchFilter filter = StopSearchFilter.ALL
                .and(StopSearchField.LEGISLATION, Set.of("Police and Criminal Evidence Act 1984 (section 1)"))
                .and(StopSearchField.OUTCOME, Set.of("A no further action disposal"));

        assertThat(counted(filter))
                .isEqualTo(rowsWhere(r -> r.getField(10).equals("Police and Criminal Evidence Act 1984 (section 1)")
                        && r.getField(12).equals("A no further action disposal")));
    }

    @Test
    void aBlankValueIsCountedAsNotRecorded() {
        assertThat(counted(StopSearchFilter.ALL.and(StopSearchField.AGE_RANGE, Set.of(""))))
                .isEqualTo(rowsWhere(r -> r.getField(7).isEmpty()))
                .isPositive();
    }

    @Test
    void theBroadEthnicGroupComesFromTheSelfDefinedEthnicity() {
        assertThat(counted(StopSearchFilter.ALL.and(StopSearchField.SELF_DEFINED_ETHNIC_GROUP, Set.of("White"))))
                .isEqualTo(rowsWhere(r -> r.getField(8).startsWith("White - ")));
        assertThat(StopSearchField.broadEthnicGroup("Black/African/Caribbean/Black British - African"))
                .isEqualTo("Black");
        assertThat(StopSearchField.broadEthnicGroup("Other ethnic group - Not stated"))
                .isEmpty();
    }

    @Test
    void aMonthWithoutAFileIsAbsentAndAValueNoSearchHasIsZero() {
        assertThat(policeData.monthlyStopSearchCounts(
                        FORCE, StopSearchFilter.ALL, APRIL.minusMonths(1), APRIL.plusMonths(1)))
                .containsOnlyKeys(APRIL);
        assertThat(counted(StopSearchFilter.ALL.and(StopSearchField.LEGISLATION, Set.of("Deer Act 1991 (section 12)"))))
                .isZero();
    }

    @Test
    void theValuesOfAFieldAreThosePublishedAndThoseFound() {
        assertThat(policeData.stopSearchValues(StopSearchField.LEGISLATION))
                .contains(
                        "Criminal Justice and Public Order Act 1994 (section 60)",
                        "Misuse of Drugs Act 1971 (section 23)");
        assertThat(policeData.stopSearchValues(StopSearchField.SELF_DEFINED_ETHNICITY))
                .contains("White - Gypsy or Irish Traveller");
    }
}
