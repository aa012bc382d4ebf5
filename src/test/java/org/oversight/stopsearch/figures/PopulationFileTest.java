package org.oversight.stopsearch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.stopsearch.EthnicGroup;
import org.oversight.stopsearch.GroupPopulation;
import org.oversight.stopsearch.StopSearchRefused;

class PopulationFileTest {

    private static GroupPopulation read(String text) {
        return PopulationFile.read("population.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachGroupsPopulationAndLeavesOutAGroupNotGiven() {
        GroupPopulation population = read("ethnic_group,population\nWhite,6000\nblack,1000\n Asian ,2000\n");

        assertThat(population.of(EthnicGroup.WHITE)).isEqualTo(6000);
        assertThat(population.of(EthnicGroup.BLACK)).isEqualTo(1000);
        assertThat(population.of(EthnicGroup.ASIAN)).isEqualTo(2000);
        assertThat(population.of(EthnicGroup.MIXED)).isNull();
        assertThat(population.source()).isEqualTo("the population file population.csv");
    }

    @Test
    void refusesAWrongHeaderNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("group,people\nWhite,6000\n"))
                .isInstanceOf(StopSearchRefused.class)
                .hasMessageContaining("population.csv line 1: the header must be ethnic_group,population");
    }

    @Test
    void refusesAnUnknownGroupAndABadNumberNamingLineAndColumn() {
        assertThatThrownBy(() -> read("ethnic_group,population\nWhite,6000\nMartian,12\nBlack,-3\nAsian,1.5\n"))
                .isInstanceOf(StopSearchRefused.class)
                .hasMessageContaining("population.csv line 3 column 1 (ethnic_group): 'Martian' is not one of Asian,"
                        + " Black, Mixed, Other, White")
                .hasMessageContaining("population.csv line 4 column 2 (population): '-3' is not a whole number")
                .hasMessageContaining("population.csv line 5 column 2 (population): '1.5' is not a whole number");
    }

    @Test
    void refusesAGroupGivenTwice() {
        assertThatThrownBy(() -> read("ethnic_group,population\nWhite,6000\nWHITE,7000\n"))
                .hasMessageContaining(
                        "population.csv line 3 column 1 (ethnic_group): White is given twice (first on" + " line 2)");
    }

    @Test
    void refusesALineWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read("ethnic_group,population\nWhite,6000,12\n"))
                .hasMessageContaining("population.csv line 2: expected 2 fields");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("population.csv: is empty");
    }
}
