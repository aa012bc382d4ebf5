package org.oversight.policedata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small police data files for tests, shaped like the published ones, and the real samples. */
final class PoliceFiles {

    private PoliceFiles() {}

    static final String STREET_HEADER = String.join(",", PoliceDataKind.STREET.header());
    static final String STOP_SEARCH_HEADER = String.join(",", PoliceDataKind.STOP_AND_SEARCH.header());

    static Path realData() {
        return org.oversight.testdata.TestData.realData();
    }

    /** The real samples under data.police.uk names (the head samples are cut from full files). */
    static Path realSamples(Path folder) throws IOException {
        Path month = Files.createDirectories(folder.resolve("2024-04"));
        Files.copy(
                realData().resolve("2024-04-west-midlands-street-head.csv"),
                month.resolve("2024-04-west-midlands-street.csv"));
        Files.copy(
                realData().resolve("2024-04-west-midlands-outcomes-head.csv"),
                month.resolve("2024-04-west-midlands-outcomes.csv"));
        Files.copy(
                realData().resolve("2024-04-wiltshire-stop-and-search.csv"),
                month.resolve("2024-04-wiltshire-stop-and-search.csv"));
        return folder;
    }

    static String streetRow(String crimeId, String month, String lsoaName, String crimeType, String outcome) {
        return crimeId + "," + month
                + ",West Midlands Police,West Midlands Police,-1.849790,52.590937,On or near Walsall Road,E01009417,"
                + lsoaName + "," + crimeType + "," + outcome + ",";
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
