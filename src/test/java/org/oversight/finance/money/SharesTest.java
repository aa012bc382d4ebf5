package org.oversight.finance.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line's share of its total, worked by hand. Each case shows the exact quotient and why it rounds
 * as it does (to one decimal place, a half rounding away from zero).
 */
class SharesTest {

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void policeOfficersAreSixtyThreePointSevenPerCentOfThe2014To15Spending() {
        // 352,479,000 / 553,422,000 = 0.636908… → 63.6908…% → 63.7%
        assertThat(Shares.of(pounds("352479000"), pounds("553422000"))).isEqualByComparingTo("63.7");
    }

    @Test
    void governmentGrantComputesToEightySixPointOneWhereThePlanPrints86() {
        // 476,238,000 / 553,422,000 = 0.860533… → 86.0533…% → 86.1% (the plan prints 86.0%)
        assertThat(Shares.of(pounds("476238000"), pounds("553422000"))).isEqualByComparingTo("86.1");
    }

    @Test
    void anExactHalfRoundsUp() {
        // 1 / 8 = 12.5% exactly, kept; 1 / 16 = 6.25% → 6.3% (a half rounds up, never to the even 6.2)
        assertThat(Shares.of(pounds("1"), pounds("16"))).isEqualByComparingTo("6.3");
        // 3 / 16 = 18.75% → 18.8%
        assertThat(Shares.of(pounds("3"), pounds("16"))).isEqualByComparingTo("18.8");
    }

    @Test
    void justUnderAHalfRoundsDown() {
        // 6,249 / 100,000 = 6.249% → 6.2%
        assertThat(Shares.of(pounds("6249"), pounds("100000"))).isEqualByComparingTo("6.2");
    }

    @Test
    void aNegativeLineHasANegativeShareAndItsHalfRoundsAwayFromZero() {
        // Income of −24,409,000 in a total of 553,422,000: −4.4105…% → −4.4%
        assertThat(Shares.of(pounds("-24409000"), pounds("553422000"))).isEqualByComparingTo("-4.4");
        // −1 / 16 = −6.25% → −6.3% (as Excel's ROUND does), not −6.2%
        assertThat(Shares.of(pounds("-1"), pounds("16"))).isEqualByComparingTo("-6.3");
    }

    @Test
    void theShareHasOneDecimalPlaceEvenWhenWhole() {
        assertThat(Shares.of(pounds("50"), pounds("100"))).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void aZeroTotalHasNoShares() {
        assertThat(Shares.of(pounds("10"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void roundedSharesAreAddedAsTheyAreNotForcedToAHundred() {
        // Three equal thirds: 33.333…% each → 33.3% each, adding to 99.9%, not 100.0%
        List<BigDecimal> thirds = List.of(
                Shares.of(pounds("1"), pounds("3")),
                Shares.of(pounds("1"), pounds("3")),
                Shares.of(pounds("1"), pounds("3")));
        assertThat(thirds).allSatisfy(share -> assertThat(share).isEqualByComparingTo("33.3"));
        assertThat(Shares.sum(thirds)).isEqualByComparingTo("99.9");
        // The 2014-15 funding computes to 86.1 + 12.2 + 1.8 = 100.1%
        BigDecimal total = pounds("553422000");
        assertThat(Shares.sum(List.of(
                        Shares.of(pounds("476238000"), total),
                        Shares.of(pounds("67318000"), total),
                        Shares.of(pounds("9866000"), total))))
                .isEqualByComparingTo("100.1");
    }

    @Test
    void theDifferenceFromAPublishedShareIsInPercentagePoints() {
        assertThat(Shares.difference(new BigDecimal("86.1"), new BigDecimal("86.0")))
                .isEqualByComparingTo("0.1");
        assertThat(Shares.difference(new BigDecimal("63.7"), new BigDecimal("63.7")))
                .isEqualByComparingTo("0");
        assertThat(Shares.difference(new BigDecimal("63.7"), null)).isNull();
    }
}
