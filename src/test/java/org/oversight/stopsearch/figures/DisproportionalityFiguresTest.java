package org.oversight.stopsearch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.stopsearch.figures.ASearch.aSearch;
import static org.oversight.stopsearch.figures.ASearch.searches;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.EthnicGroup;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.GroupPopulation;
import org.oversight.stopsearch.GroupRate;

/**
 * Fifteen searches worked by hand:
 *
 * <pre>
 * group  searches  residents  rate per 1,000       ratio to White   95% interval exp(ln r ± 1.96 √(1/a + 1/b))
 * White      6       6,000    6 × 1000 / 6000 = 1   1 (reference)    none
 * Black      4       1,000    4 × 1000 / 1000 = 4   4 / 1 = 4        √(1/4 + 1/6) = 0.645497; 1.96 × that = 1.265174;
 *                                                                    ln 4 = 1.386294: exp(0.121120) = 1.13,
 *                                                                    exp(2.651468) = 14.17
 * Asian      2       2,000    2 × 1000 / 2000 = 1   1 / 1 = 1        √(1/2 + 1/6) = 0.816497; × 1.96 = 1.600334;
 *                                                                    exp(−1.600334) = 0.20, exp(1.600334) = 4.95
 * Mixed      0         500    0                     0                none (a count of 0)
 * Other      1       (none)   none                  none             none
 * not recorded: one blank, one "Other ethnic group - Not stated" = 2 of 15 (13.3%)
 * </pre>
 */
class DisproportionalityFiguresTest {

    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private static final GroupPopulation RESIDENTS = new GroupPopulation(
            Map.of(
                    EthnicGroup.WHITE,
                    6000L,
                    EthnicGroup.BLACK,
                    1000L,
                    EthnicGroup.ASIAN,
                    2000L,
                    EthnicGroup.MIXED,
                    500L),
            "a test population");

    private static Searches fifteen() {
        return searches(
                aSearch()
                        .selfDefined("White - English/Welsh/Scottish/Northern Irish/British")
                        .times(4),
                aSearch().selfDefined("White - Irish"),
                aSearch().selfDefined("White - Any other White background"),
                aSearch()
                        .selfDefined("Black/African/Caribbean/Black British - African")
                        .times(3),
                aSearch().selfDefined("Black/African/Caribbean/Black British - Caribbean"),
                aSearch().selfDefined("Asian/Asian British - Pakistani").times(2),
                aSearch().selfDefined("Other ethnic group - Any other ethnic group"),
                aSearch().selfDefined(""),
                aSearch().selfDefined("Other ethnic group - Not stated"));
    }

    private static Disproportionality worked() {
        return DisproportionalityFigures.of(
                "a-force", APRIL, APRIL, EthnicityBasis.SELF_DEFINED, fifteen(), RESIDENTS, false);
    }

    private static GroupRate group(Disproportionality figures, EthnicGroup group) {
        return figures.groups().stream()
                .filter(g -> g.group() == group)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsEverySearchAndThoseWithNoEthnicityRecorded() {
        Disproportionality figures = worked();

        assertThat(figures.searches()).isEqualTo(15);
        assertThat(figures.unrecordedEthnicity()).isEqualTo(2);
        assertThat(figures.unrecordedShare().percent()).isEqualTo(13.3);
        assertThat(figures.groups()).extracting(GroupRate::group).containsExactly(EthnicGroup.values());
    }

    @Test
    void givesTheRatePerThousandResidentsOfEachGroup() {
        Disproportionality figures = worked();

        assertThat(group(figures, EthnicGroup.WHITE).ratePer1000()).isEqualTo(1.0);
        assertThat(group(figures, EthnicGroup.BLACK).ratePer1000()).isEqualTo(4.0);
        assertThat(group(figures, EthnicGroup.ASIAN).ratePer1000()).isEqualTo(1.0);
        assertThat(group(figures, EthnicGroup.MIXED).ratePer1000()).isEqualTo(0.0);
        assertThat(group(figures, EthnicGroup.OTHER).searches()).isEqualTo(1);
        assertThat(group(figures, EthnicGroup.OTHER).population()).isNull();
        assertThat(group(figures, EthnicGroup.OTHER).ratePer1000()).isNull();
    }

    @Test
    void givesTheRatioToTheWhiteRateWithItsNinetyFivePercentInterval() {
        GroupRate black = group(worked(), EthnicGroup.BLACK);

        assertThat(black.ratioToWhite()).isEqualTo(4.0);
        assertThat(black.ciLow()).isEqualTo(1.13);
        assertThat(black.ciHigh()).isEqualTo(14.17);
    }

    @Test
    void givesAnIntervalAroundARatioOfOne() {
        GroupRate asian = group(worked(), EthnicGroup.ASIAN);

        assertThat(asian.ratioToWhite()).isEqualTo(1.0);
        assertThat(asian.ciLow()).isEqualTo(0.2);
        assertThat(asian.ciHigh()).isEqualTo(4.95);
    }

    @Test
    void givesNoIntervalWhenAGroupHasNoSearches() {
        GroupRate mixed = group(worked(), EthnicGroup.MIXED);

        assertThat(mixed.ratioToWhite()).isEqualTo(0.0);
        assertThat(mixed.ciLow()).isNull();
        assertThat(mixed.ciHigh()).isNull();
    }

    @Test
    void givesNoRatioWithoutTheGroupsPopulation() {
        GroupRate other = group(worked(), EthnicGroup.OTHER);

        assertThat(other.ratioToWhite()).isNull();
        assertThat(other.ciLow()).isNull();
    }

    @Test
    void givesWhiteARatioOfOneAndNoInterval() {
        GroupRate white = group(worked(), EthnicGroup.WHITE);

        assertThat(white.ratioToWhite()).isEqualTo(1.0);
        assertThat(white.ciLow()).isNull();
        assertThat(white.ciHigh()).isNull();
    }

    @Test
    void givesNoRatiosWhenNoWhitePersonWasSearched() {
        Disproportionality figures = DisproportionalityFigures.of(
                "a-force",
                APRIL,
                APRIL,
                EthnicityBasis.SELF_DEFINED,
                searches(aSearch().selfDefined("Black/African/Caribbean/Black British - African")),
                RESIDENTS,
                false);

        assertThat(group(figures, EthnicGroup.BLACK).ratioToWhite()).isNull();
        assertThat(group(figures, EthnicGroup.BLACK).ratePer1000()).isEqualTo(1.0);
    }

    @Test
    void readsTheOfficersAccountWhenAskedForIt() {
        // Self-defined: 1 White and 1 not stated; the officer saw 1 White and 1 Black, and left one blank.
        Searches searches = searches(
                aSearch().selfDefined("White - Irish").officerDefined("White"),
                aSearch().selfDefined("Other ethnic group - Not stated").officerDefined("Black"),
                aSearch().selfDefined("White - Irish").officerDefined(""));

        Disproportionality officer = DisproportionalityFigures.of(
                "a-force", APRIL, APRIL, EthnicityBasis.OFFICER_DEFINED, searches, RESIDENTS, false);

        assertThat(officer.basis()).isEqualTo(EthnicityBasis.OFFICER_DEFINED);
        assertThat(group(officer, EthnicGroup.WHITE).searches()).isEqualTo(1);
        assertThat(group(officer, EthnicGroup.BLACK).searches()).isEqualTo(1);
        assertThat(officer.unrecordedEthnicity()).isEqualTo(1);
    }

    @Test
    void countsAnEthnicityOutsideTheGroupsAsUnrecordedAndNamesIt() {
        Searches searches = searches(aSearch().selfDefined("Martian - Any"), aSearch());

        Disproportionality figures = DisproportionalityFigures.of(
                "a-force", APRIL, APRIL, EthnicityBasis.SELF_DEFINED, searches, RESIDENTS, false);

        assertThat(figures.unrecordedEthnicity()).isEqualTo(1);
        assertThat(figures.outsideGroups()).containsExactly(Map.entry("Martian - Any", 1L));
    }
}
