package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.policedata.PoliceFiles.STREET_HEADER;
import static org.oversight.policedata.PoliceFiles.streetRow;
import static org.oversight.policedata.PoliceFiles.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every change imports make is told to the audit trail, as it is made. */
@SpringBootTest
@RecordApplicationEvents
class PoliceDataEventsTest {

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void startEmpty() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id()));
    }

    private Path april(String... crimeIds) throws IOException {
        StringBuilder text = new StringBuilder(STREET_HEADER).append('\n');
        for (String id : crimeIds) {
            text.append(streetRow(id, "2024-04", "Birmingham 001A", "Burglary", ""))
                    .append('\n');
        }
        return write(folder, "2024-04-west-midlands-street.csv", text.toString());
    }

    @Test
    void importingAFileAndReplacingItAreEachAnAuditedChange() throws IOException {
        long first = policeData
                .importPaths(List.of(april("a1")), false, "ana", ImportListener.NONE)
                .get(0)
                .batchId();
        long second = policeData
                .importPaths(List.of(april("a1", "a2")), false, "bob", ImportListener.NONE)
                .get(0)
                .batchId();

        assertThat(events.stream(PoliceFileImported.class))
                .satisfiesExactly(
                        imported -> {
                            assertThat(imported.action()).isEqualTo("police-file-imported");
                            assertThat(imported.objectId()).isEqualTo(Long.toString(first));
                            assertThat(imported.by()).isEqualTo("ana");
                            assertThat(imported.module()).isEqualTo("policedata");
                        },
                        replaced -> {
                            assertThat(replaced.action()).isEqualTo("police-file-replaced");
                            assertThat(replaced.objectId()).isEqualTo(Long.toString(second));
                            assertThat(replaced.replacedBatchId()).isEqualTo(first);
                            assertThat(replaced.summary())
                                    .isEqualTo(
                                            "Imported 2024-04-west-midlands-street.csv (street, west-midlands, 2024-04, 2"
                                                    + " rows) as batch " + second + ", replacing batch " + first + ".");
                        });
    }

    @Test
    void aRefusedOrUnchangedFileChangesNothingAndTellsNothing() throws IOException {
        Path file = april("a1");
        policeData.importPaths(List.of(file), false, "ana", ImportListener.NONE);
        long before = events.stream(PoliceFileImported.class).count();

        policeData.importPaths(List.of(file), false, "ana", ImportListener.NONE);
        policeData.importPaths(
                List.of(write(folder, "2024-05-west-midlands-street.csv", "not,a,header\n")),
                false,
                "ana",
                ImportListener.NONE);

        assertThat(events.stream(PoliceFileImported.class).count()).isEqualTo(before);
    }

    @Test
    void importingAnAreaSetAndReplacingItAreEachAnAuditedChange() {
        try {
            for (String name : List.of("Audited Areas", " Audited  Areas ")) {
                policeData.importAreaSet(
                        name,
                        "areas.csv",
                        new ByteArrayInputStream("lsoa_code\nE01009417\n".getBytes(StandardCharsets.UTF_8)),
                        "ana");
            }

            assertThat(events.stream(AreaSetImported.class))
                    .extracting(AreaSetImported::action, AreaSetImported::objectId)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("area-set-imported", "Audited Areas"),
                            org.assertj.core.groups.Tuple.tuple("area-set-replaced", "Audited Areas"));
        } finally {
            jdbc.sql("DELETE FROM policedata.area_set WHERE name = 'Audited Areas'")
                    .update();
        }
    }
}
