package org.oversight.performance.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oversight.performance.Population;
import org.oversight.performance.PopulationFileRefused;
import org.oversight.performance.PopulationImportResult;
import org.oversight.performance.PopulationTotal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Population reference data imported from both CSV layouts into the embedded PostgreSQL. */
@SpringBootTest
class PopulationTest {

    private static final Path REFERENCE =
            org.oversight.testdata.TestData.reference().resolve("census2021-ethnicity-west-midlands-force.csv");

    @Autowired
    Population population;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheSimpleLayoutAndAddsUpTheEthnicGroups() throws Exception {
        byte[] file = Files.readAllBytes(REFERENCE);

        PopulationImportResult result =
                population.importFile("census.csv", file, "Census 2021 via A Vision of Britain", 2021, "test");

        assertThat(result.layout()).isEqualTo("simple");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(population.total("West Midlands force area"))
                .get()
                .extracting(PopulationTotal::population, PopulationTotal::censusYear, PopulationTotal::source)
                .containsExactly(2_919_664L, 2021, "Census 2021 via A Vision of Britain");
    }

    @Test
    void importsTheOnsTs021LayoutKeepingAreaNamesAsWritten() {
        byte[] file = csv(
                """
                "Lower tier local authorities Code","Lower tier local authorities","Ethnic group (20 categories) Code","Ethnic group (20 categories)","Observation"
                "E08000025","Birmingham",-8,"Does not apply",0
                "E08000025","Birmingham",1,"Asian, Asian British or Asian Welsh: Bangladeshi",48232
                "E08000025","Birmingham",13,"White: English, Welsh, Scottish, Northern Irish or British",553037
                "E06000023","Bristol, City of",1,"Asian, Asian British or Asian Welsh: Bangladeshi",3000
                """);

        PopulationImportResult result =
                population.importFile("TS021.csv", file, "ONS Census 2021, TS021", 2021, "test");

        assertThat(result.layout()).isEqualTo("ons-ts021");
        assertThat(result.areas()).isEqualTo(2);
        assertThat(population.total("Birmingham"))
                .get()
                .extracting(PopulationTotal::population)
                .isEqualTo(601_269L);
        assertThat(population.total("Bristol, City of"))
                .get()
                .extracting(PopulationTotal::population)
                .isEqualTo(3_000L);
    }

    @Test
    void anAllRowIsTheTotalAndImportingAgainReplacesTheFigure() {
        population.importFile(
                "a.csv",
                csv("area,ethnic_group,population\nTestshire,All,1000\nTestshire,White,900\nTestshire,Black,90\n"),
                "Test census",
                2021,
                "test");
        population.importFile(
                "b.csv", csv("area,ethnic_group,population\nTestshire,All,1200\n"), "Test census", 2021, "test");

        assertThat(population.total("Testshire"))
                .get()
                .extracting(PopulationTotal::population)
                .isEqualTo(1200L);
    }

    @Test
    void refusesTheWholeFileListingEveryProblemWithItsLine() {
        PopulationFileRefused refused = catchThrowableOfType(
                PopulationFileRefused.class,
                () -> population.importFile(
                        "bad.csv",
                        csv(
                                """
                                area,ethnic_group,population
                                Refusedshire,Asian,100
                                Refusedshire,Black,lots
                                ,White,5
                                Refusedshire,Asian,100
                                Refusedshire,Other,-3
                                """),
                        "Test census",
                        2021,
                        "test"));

        assertThat(refused.problems())
                .containsExactly(
                        "line 3, population: 'lots' is not a whole number",
                        "line 4, area: empty",
                        "line 5: Refusedshire, Asian is given twice",
                        "line 6, population: -3 is negative");
        assertThat(population.total("Refusedshire")).isEmpty();
    }

    @Test
    void refusesAnUnknownHeader() {
        PopulationFileRefused refused = catchThrowableOfType(
                PopulationFileRefused.class,
                () -> population.importFile("bad.csv", csv("place,people\nA,1\n"), "Test census", 2021, "test"));

        assertThat(refused.problems()).singleElement().asString().startsWith("line 1: the header must be");
    }
}
