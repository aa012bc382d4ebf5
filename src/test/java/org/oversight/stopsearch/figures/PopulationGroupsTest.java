package org.oversight.stopsearch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.stopsearch.EthnicGroup;

class PopulationGroupsTest {

    @Test
    void sumsCensusCategoriesIntoTheirBroadGroupAndLeavesTotalsOut() {
        Map<String, Long> ts021 = new LinkedHashMap<>();
        ts021.put("Total: All usual residents", 1000L);
        ts021.put("Asian, Asian British or Asian Welsh: Indian", 30L);
        ts021.put("Asian, Asian British or Asian Welsh: Pakistani", 20L);
        ts021.put("Black, Black British, Black Welsh, Caribbean or African: African", 15L);
        ts021.put("Mixed or Multiple ethnic groups: White and Asian", 5L);
        ts021.put("White: English, Welsh, Scottish, Northern Irish or British", 900L);
        ts021.put("White: Irish", 10L);
        ts021.put("Other ethnic group: Arab", 7L);
        ts021.put("Does not apply", 0L);

        PopulationGroups.Grouped grouped = PopulationGroups.group(ts021);

        assertThat(grouped.groups())
                .containsEntry(EthnicGroup.ASIAN, 50L)
                .containsEntry(EthnicGroup.BLACK, 15L)
                .containsEntry(EthnicGroup.MIXED, 5L)
                .containsEntry(EthnicGroup.WHITE, 910L)
                .containsEntry(EthnicGroup.OTHER, 7L);
        assertThat(grouped.notGrouped()).isEmpty();
    }

    @Test
    void takesAGroupsOwnTotalRatherThanAddingItsCategoriesToIt() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("Asian, Asian British or Asian Welsh", 50L);
        figures.put("Asian, Asian British or Asian Welsh: Indian", 30L);
        figures.put("Asian, Asian British or Asian Welsh: Pakistani", 20L);

        assertThat(PopulationGroups.group(figures).groups()).containsExactly(Map.entry(EthnicGroup.ASIAN, 50L));
    }

    @Test
    void keepsACombinedGroupAsideInsteadOfGuessingItsSplit() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("Asian", 667390L);
        figures.put("Other (including Mixed)", 223175L);

        PopulationGroups.Grouped grouped = PopulationGroups.group(figures);

        assertThat(grouped.groups()).containsExactly(Map.entry(EthnicGroup.ASIAN, 667390L));
        assertThat(grouped.notGrouped()).containsExactly(Map.entry("Other (including Mixed)", 223175L));
    }
}
