package org.oversight.policedata.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.AreaSetRefused;

class AreaSetsTest {

    private static List<String> read(String text) {
        return AreaSets.read("impact.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheCodeColumnWhateverElseTheFileHolds() {
        assertThat(read("name,LSOA code\nAston,E01008881\nNechells,E01009417\n"))
                .containsExactly("E01008881", "E01009417");
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        AreaSetRefused refused = catchThrowableOfType(
                AreaSetRefused.class, () -> read("lsoa_code\nE01008881\nE0100888\n\"\"\nE01008881\n"));
        assertThat(refused.problems())
                .containsExactly(
                        "impact.csv:3:1: 'E0100888' is not an LSOA code (E01 or W01 followed by six digits)",
                        "impact.csv:4:1: the LSOA code is missing",
                        "impact.csv:5:1: E01008881 is already listed on line 2");
    }

    @Test
    void refusesAFileWithoutACodeColumn() {
        assertThat(catchThrowableOfType(AreaSetRefused.class, () -> read("area\nE01008881\n"))
                        .problems())
                .singleElement()
                .asString()
                .contains("must name the column of LSOA codes");
    }
}
