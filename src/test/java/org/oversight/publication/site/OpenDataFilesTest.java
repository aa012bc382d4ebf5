package org.oversight.publication.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.reports.Dataset;
import org.oversight.reports.Document;
import org.oversight.reports.Provenance;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotStatus;

/** A published table as CSV, JSON and CSV on the Web metadata. */
class OpenDataFilesTest {

    private static final Dataset MEASURES = new Dataset(
            "measures",
            "Performance by measure, 2014/15 Q3",
            List.of("measure_ref", "measure", "figures_to", "latest_value", "year_to_date", "demonstration_data"),
            List.of(
                    List.of("4.6-m3", "Reduce burglary, \"dwelling\"", "2014-12", "887", "7650", "true"),
                    List.of("4.6-m5", "Reduce public place violence", "", "", "12.5", "false")));

    private static final Snapshot SNAPSHOT = new Snapshot(
            SnapshotId.of(9),
            "publication",
            "2014-15-q3",
            2,
            SnapshotStatus.FROZEN,
            new Document("Police and Crime Plan performance, 2014/15 Q3", null, "Office of the PCC", List.of())
                    .withDatasets(List.of(MEASURES)),
            new Provenance(null, null, List.of(), List.of(), null, null, List.of("data.police.uk")),
            "ab".repeat(32),
            null,
            null,
            null,
            null,
            SnapshotId.of(8),
            "December was imported again.",
            null);

    private static final PublishedSnapshot RELEASE = new PublishedSnapshot(
            9,
            "publication",
            "2014-15-q3",
            2,
            "2014/15 Q3",
            "2014-15-q3",
            "ada",
            Instant.parse("2015-02-10T09:30:00Z"));

    @Test
    void theCsvHasAHeaderRowCrlfLineEndsAndQuotesOnlyWhereNeeded() {
        String csv = OpenDataFiles.csv(MEASURES, "2014-15-q3-measures").text();

        assertThat(csv)
                .isEqualTo("measure_ref,measure,figures_to,latest_value,year_to_date,demonstration_data\r\n"
                        + "4.6-m3,\"Reduce burglary, \"\"dwelling\"\"\",2014-12,887,7650,true\r\n"
                        + "4.6-m5,Reduce public place violence,,,12.5,false\r\n");
    }

    @Test
    void eachColumnGetsTheNarrowestDatatypeEveryValueHasIgnoringEmptyCells() {
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(i -> OpenDataFiles.datatype(MEASURES, i)))
                .containsExactly("string", "string", "gYearMonth", "integer", "decimal", "boolean");
    }

    @Test
    void theCsvwMetadataNamesTheCsvItsLicenceSourcesAndColumns() throws IOException {
        JsonNode metadata = new ObjectMapper()
                .readTree(OpenDataFiles.csvw(MEASURES, SNAPSHOT, RELEASE, "x").body());

        assertThat(metadata.get("@context").asText()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(metadata.get("url").asText()).isEqualTo("measures.csv");
        assertThat(metadata.get("dc:license").get("@id").asText())
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(metadata.get("dc:source").get(0).asText()).isEqualTo("data.police.uk");
        assertThat(metadata.get("dc:issued").asText()).isEqualTo("2015-02-10T09:30:00Z");
        assertThat(metadata.get("tableSchema").get("columns").get(3).get("name").asText())
                .isEqualTo("latest_value");
        assertThat(metadata.get("tableSchema")
                        .get("columns")
                        .get(3)
                        .get("datatype")
                        .asText())
                .isEqualTo("integer");
    }

    @Test
    void theJsonGivesTheRowsAsObjectsWithTheCorrectionAndTheHash() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(OpenDataFiles.json(MEASURES, SNAPSHOT, RELEASE, "x").body());

        assertThat(json.get("rows").get(0).get("measure").asText()).isEqualTo("Reduce burglary, \"dwelling\"");
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("correction").asText()).isEqualTo("December was imported again.");
        assertThat(json.get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(json.get("licence").asText()).isEqualTo("Open Government Licence v3.0");
    }

    @Test
    void theAtomFeedHasAnEntryForEachReleaseAndSaysWhichIsACorrection() {
        String feed = AtomFeed.of(
                        "https://example.org",
                        "Office of the PCC",
                        List.of(RELEASE),
                        java.util.Arrays.asList("December was imported again."))
                .text();

        assertThat(feed)
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<id>https://example.org/transparency/versions/9</id>")
                .contains("<title>Quarterly publication, 2014/15 Q3 (correction, version 2)</title>")
                .contains("<summary>Correction: December was imported again.</summary>")
                .contains("<updated>2015-02-10T09:30:00Z</updated>");
    }
}
