package org.oversight.policedata.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.mock.web.MockMultipartFile;

/** The real samples as uploads under their data.police.uk names, small made-up files, and clean-up. */
final class PoliceUploads {

    private PoliceUploads() {}

    static final String STREET = "2024-04-west-midlands-street.csv";
    static final String OUTCOMES = "2024-04-west-midlands-outcomes.csv";
    static final String STOP_AND_SEARCH = "2024-04-wiltshire-stop-and-search.csv";

    static Path realData() {
        return org.oversight.testdata.TestData.realData();
    }

    static MockMultipartFile street(String part) throws IOException {
        return sample(part, "2024-04-west-midlands-street-head.csv", STREET);
    }

    static MockMultipartFile outcomes(String part) throws IOException {
        return sample(part, "2024-04-west-midlands-outcomes-head.csv", OUTCOMES);
    }

    static MockMultipartFile stopAndSearch(String part) throws IOException {
        return sample(part, "2024-04-wiltshire-stop-and-search.csv", STOP_AND_SEARCH);
    }

    private static MockMultipartFile sample(String part, String sample, String name) throws IOException {
        return new MockMultipartFile(
                part, name, "text/csv", Files.readAllBytes(realData().resolve(sample)));
    }

    /** A street file whose second data row (line 3) has too few columns. */
    static MockMultipartFile streetWithAShortRow(String part, String name) {
        String text = String.join(",", PoliceDataKind.STREET.header()) + "\n"
                + "abc,2023-01,Test Police,Test Police,-1.849790,52.590937,On or near Walsall Road,E01009417,"
                + "Birmingham 001A,Burglary,Under investigation,\n"
                + "def,2023-01,Test Police,Test Police,-1.849790\n";
        return new MockMultipartFile(part, name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A small valid street file of made-up rows. */
    static MockMultipartFile madeUpStreet(String part, String name) {
        String text = String.join(",", PoliceDataKind.STREET.header()) + "\n"
                + "abc,2023-01,Test Police,Test Police,-1.849790,52.590937,On or near Walsall Road,E01009417,"
                + "Birmingham 001A,Burglary,Under investigation,\n"
                + "abc,2023-01,Test Police,Test Police,-1.849790,52.590937,On or near Walsall Road,E01009417,"
                + "Birmingham 001A,Burglary,Under investigation,\n"
                + ",2023-01,Test Police,Test Police,,,No location,,,Anti-social behaviour,,\n";
        return new MockMultipartFile(part, name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The batches there are now, so that a test can remove exactly those it added. */
    static Set<Long> batchIds(PoliceDataApi policeData) {
        Set<Long> ids = new HashSet<>();
        policeData.batches().forEach(batch -> ids.add(batch.id()));
        return ids;
    }

    static void removeAllBut(PoliceDataApi policeData, Set<Long> before) {
        List<ImportBatch> added = policeData.batches().stream()
                .filter(batch -> !before.contains(batch.id()))
                .toList();
        added.forEach(batch -> policeData.removeBatch(batch.id(), "test"));
    }
}
