package org.oversight.finance.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.SpendingFile;
import org.oversight.shared.AuditedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Spending files stored as published, one a month, replaced only on purpose, each change audited. */
@SpringBootTest
@RecordApplicationEvents
class SpendingFilesTest {

    static final YearMonth APRIL = YearMonth.of(2024, 4);

    @Autowired
    SpendingFiles spending;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTheFiles() {
        spending.remove(APRIL, "test");
        spending.remove(APRIL.plusMonths(1), "test");
    }

    @Test
    void aFileIsKeptByteForByteWithItsLinesAndNotes() throws IOException {
        byte[] sample = SpendingFileReaderTest.sample();
        SpendingFile file = spending.importFile(APRIL, "spend-april.csv", sample, false, "ana");

        assertThat(file.lines()).isEqualTo(8);
        assertThat(file.headings()).startsWith("Body Name", "URI", "Transaction Date");
        // 1,250 + 320 + 410 + 2,000 + 15,000 − 650 + 1,250 + 120 = 19,700
        assertThat(file.total()).isEqualByComparingTo("19700");
        assertThat(file.notedLines()).isEqualTo(7);
        assertThat(file.redactedLines()).isEqualTo(2);
        assertThat(spending.published(APRIL).orElseThrow().content()).isEqualTo(sample);
        assertThat(spending.lines(APRIL).get(3).supplier()).isEqualTo("REDACTED PERSONAL DATA");
        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action, AuditedChange::objectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("spending-file-imported", "2024-04"));
    }

    @Test
    void aMonthIsReplacedOnlyWhenAskedAndTheSameFileIsNotImportedForTwoMonths() throws IOException {
        byte[] sample = SpendingFileReaderTest.sample();
        spending.importFile(APRIL, "spend-april.csv", sample, false, "ana");

        assertThatThrownBy(() -> spending.importFile(APRIL, "again.csv", sample, false, "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("2024-04 already has a spending file (spend-april.csv)");
        assertThatThrownBy(() -> spending.importFile(APRIL.plusMonths(1), "may.csv", sample, false, "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("this file was already imported, byte for byte, for 2024-04");
        SpendingFile replaced = spending.importFile(APRIL, "again.csv", sample, true, "ana");
        assertThat(replaced.fileName()).isEqualTo("again.csv");
        assertThat(spending.files()).filteredOn(f -> f.month().equals(APRIL)).hasSize(1);
        spending.remove(APRIL, "ana");
        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action)
                .containsExactly("spending-file-imported", "spending-file-imported", "spending-file-removed");
    }

    @Test
    void aRefusedFileLeavesTheMonthAsItWas() throws IOException {
        spending.importFile(APRIL, "spend-april.csv", SpendingFileReaderTest.sample(), false, "ana");
        byte[] bad = "Date,Supplier,Amount\n01/04/2024,,600\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> spending.importFile(APRIL, "bad.csv", bad, true, "ana"))
                .isInstanceOf(FinanceFileRefused.class);
        assertThat(spending.file(APRIL).orElseThrow().fileName()).isEqualTo("spend-april.csv");
        assertThat(spending.lines(APRIL)).hasSize(8);
    }
}
