package org.oversight.policedata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeographyTest {

    @Test
    void givesEachDistrictItsNumberOfLsoasNamedAfterIt() {
        Map<String, Long> lsoasByDistrict = Arrays.stream(Geography.LSOAS)
                .collect(Collectors.groupingBy(lsoa -> lsoa.name().split(" ")[0], Collectors.counting()));
        assertThat(lsoasByDistrict)
                .containsOnly(
                        Map.entry("Birmingham", 640L),
                        Map.entry("Coventry", 195L),
                        Map.entry("Dudley", 190L),
                        Map.entry("Sandwell", 185L),
                        Map.entry("Solihull", 135L),
                        Map.entry("Walsall", 165L),
                        Map.entry("Wolverhampton", 160L));
    }

    @Test
    void givesEveryLsoaAUniqueCodeAndNameInNameOrder() {
        assertThat(Arrays.stream(Geography.LSOAS).map(Geography.Lsoa::code).distinct())
                .hasSize(Geography.LSOAS.length)
                .allMatch(code -> code.matches("E01\\d{6}"));
        assertThat(Arrays.stream(Geography.LSOAS).map(Geography.Lsoa::name).toList())
                .isSorted()
                .doesNotHaveDuplicates()
                .contains("Birmingham 001A", "Birmingham 001B", "Birmingham 002A", "Wolverhampton 001A");
    }

    @Test
    void startsEachDistrictsCodesWhereItsRealCodesBegin() {
        Map<String, String> lowestCode = Arrays.stream(Geography.LSOAS)
                .collect(Collectors.toMap(
                        lsoa -> lsoa.name().split(" ")[0], Geography.Lsoa::code, (a, b) -> a.compareTo(b) < 0 ? a : b));
        assertThat(lowestCode).containsEntry("Birmingham", "E01008881").containsEntry("Coventry", "E01009550");
    }

    @Test
    void numbersAreasFromTheNorthOfTheirDistrictLikeRealLsoaNames() {
        Geography.Lsoa northernmost = Geography.LSOAS[0];
        assertThat(northernmost.name()).isEqualTo("Birmingham 001A");
        assertThat(northernmost.points()).allSatisfy(point -> {
            assertThat(point.location()).startsWith("On or near ");
            assertThat(Double.parseDouble(point.latitude())).isGreaterThan(52.55);
        });
    }

    @Test
    void writesCoordinatesWithExactlySixDecimals() {
        assertThat(Geography.sixDecimals(-1.84979)).isEqualTo("-1.849790");
        assertThat(Geography.sixDecimals(52.5909374)).isEqualTo("52.590937");
        assertThat(Geography.sixDecimals(-0.0000004)).isEqualTo("0.000000");
        assertThat(Geography.sixDecimals(-0.05)).isEqualTo("-0.050000");
    }
}
