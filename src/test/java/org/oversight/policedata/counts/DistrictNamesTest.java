package org.oversight.policedata.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.Area;
import org.oversight.policedata.DistrictName;
import org.oversight.policedata.DistrictNamesChanged;
import org.oversight.policedata.DistrictNamesRefused;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A force's districts come from its LSOA names and can be shown renamed or grouped; figures follow. */
@SpringBootTest
@RecordApplicationEvents
class DistrictNamesTest {

    static final String FORCE = "test-districts";
    static final YearMonth MONTH = YearMonth.of(2023, 5);
    private static final String STREET = String.join(",", PoliceDataKind.STREET.header());

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    @BeforeEach
    void importAMonth() throws IOException {
        removeOwnBatches();
        StringBuilder rows = new StringBuilder(STREET).append('\n');
        rows.append(row("a1", "Alpha 001A", "Burglary"));
        rows.append(row("a2", "Alpha 001B", "Burglary"));
        rows.append(row("b1", "Beta 002A", "Burglary"));
        rows.append(row("c1", "Gamma 003A", "Robbery"));
        rows.append(row("c2", "Gamma 003A", "Burglary"));
        rows.append(row("n1", "", "Burglary"));
        Path file = folder.resolve(MONTH + "-" + FORCE + "-street.csv");
        Files.writeString(file, rows, StandardCharsets.UTF_8);
        List<FileImportResult> results = policeData.importPaths(List.of(file), false, "test", ImportListener.NONE);
        assertThat(results.get(0).refused()).as("%s", results.get(0).problem()).isFalse();
    }

    @AfterEach
    void removeOwnBatches() {
        policeData.nameDistricts(FORCE, Map.of(), "test");
        policeData.batches().stream()
                .filter(b -> b.force().equals(FORCE))
                .forEach(b -> policeData.removeBatch(b.id(), "test"));
    }

    private static String row(String id, String lsoaName, String type) {
        return id + "," + MONTH + ",Test Districts Police,Test Districts Police,-1.8,52.5,On or near High Street,"
                + (lsoaName.isEmpty() ? "" : "E01000001") + "," + lsoaName + "," + type + ",Under investigation,\n";
    }

    private long burglaries(Area area) {
        return policeData
                .monthlyStreetCounts(area, List.of("Burglary"), List.of(), MONTH, MONTH)
                .get(MONTH);
    }

    @Test
    void theDistrictsAreTheLocalAuthoritiesTheLsoaNamesGive() {
        assertThat(policeData.districts(FORCE)).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(burglaries(Area.district(FORCE, "Alpha"))).isEqualTo(2);
        assertThat(burglaries(Area.noDistrict(FORCE))).isEqualTo(1);
        assertThat(burglaries(Area.force(FORCE))).isEqualTo(5);
    }

    @Test
    void twoDistrictsGivenOneNameAreShownAsOneWithTheirFiguresAddedUp() {
        policeData.nameDistricts(FORCE, Map.of("Beta", "Beta and Gamma", "Gamma", "Beta and Gamma"), "analyst");

        assertThat(policeData.districts(FORCE)).containsExactly("Alpha", "Beta and Gamma");
        assertThat(burglaries(Area.district(FORCE, "Beta and Gamma"))).isEqualTo(2);
        assertThat(burglaries(Area.district(FORCE, "Beta"))).isZero();
        assertThat(policeData.districtNames(FORCE))
                .contains(new DistrictName("Gamma", "Beta and Gamma"), new DistrictName("Alpha", "Alpha"));
    }

    @Test
    void aRenamedDistrictIsCountedUnderItsNewName() {
        policeData.nameDistricts(FORCE, Map.of("Alpha", "Alpha and district"), "analyst");

        assertThat(burglaries(Area.district(FORCE, "Alpha and district"))).isEqualTo(2);
        assertThat(policeData.districts(FORCE)).containsExactly("Alpha and district", "Beta", "Gamma");
    }

    @Test
    void renamingPublishesTheChangeWithTheNamesBeforeAndAfter() {
        policeData.nameDistricts(FORCE, Map.of("Alpha", "Alphaville"), "analyst");

        assertThat(events.stream(DistrictNamesChanged.class)).anySatisfy(e -> {
            assertThat(e.force()).isEqualTo(FORCE);
            assertThat(e.after()).isEqualTo("Alpha → Alphaville");
            assertThat(e.by()).isEqualTo("analyst");
        });
    }

    @Test
    void aDistrictTheDataDoNotNameIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> policeData.nameDistricts(FORCE, Map.of("Delta", "D"), "analyst"))
                .isInstanceOf(DistrictNamesRefused.class)
                .hasMessageContaining("'Delta' is not a district of " + FORCE)
                .hasMessageContaining("Alpha, Beta, Gamma");
        assertThatThrownBy(() -> policeData.nameDistricts(FORCE, Map.of("Alpha", " "), "analyst"))
                .isInstanceOf(DistrictNamesRefused.class)
                .hasMessageContaining("Enter the name Alpha is shown as");

        assertThat(policeData.districts(FORCE)).containsExactly("Alpha", "Beta", "Gamma");
    }
}
