package org.oversight.policedata.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.policedata.PoliceDataKind.STREET;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.MonthCompleteness.Judgement;
import org.oversight.policedata.MonthMark;

/** ADR 0008's rule, on small cases worked by hand. Months are of 2015 unless said otherwise. */
class CompletenessRuleTest {

    private final CompletenessRule rule = new CompletenessRule(0.5, 6, 3);

    private static YearMonth m(int month) {
        return YearMonth.of(2015, month);
    }

    /** Rows by month from pairs: month, rows, month, rows… */
    private static SortedMap<YearMonth, Long> rows(long... monthAndRows) {
        SortedMap<YearMonth, Long> rows = new TreeMap<>();
        for (int i = 0; i < monthAndRows.length; i += 2) {
            rows.put(m((int) monthAndRows[i]), monthAndRows[i + 1]);
        }
        return rows;
    }

    private static MonthMark mark(boolean complete, String note) {
        return new MonthMark(complete, note, "ana", Instant.parse("2026-12-01T10:00:00Z"));
    }

    private MonthCompleteness judge(int month, SortedMap<YearMonth, Long> rows, Map<YearMonth, MonthMark> marks) {
        return rule.judge("west-midlands", STREET, m(month), rows, marks).orElseThrow();
    }

    // January to July; April is the month judged. Its six nearest: March, May (1 away), February,
    // June (2), January, July (3): 90, 105, 110, 95, 100, 100, whose median is (100 + 100) / 2 = 100.
    private static final SortedMap<YearMonth, Long> APRIL_OF_2 =
            rows(1, 100, 2, 110, 3, 90, 4, 2, 5, 105, 6, 95, 7, 100);

    @Test
    void aMonthWithFewerRowsThanHalfTheMedianOfItsSixNearestMonthsIsTooSmall() {
        MonthCompleteness april = judge(4, APRIL_OF_2, Map.of());

        assertThat(april.judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(april.complete()).isFalse();
        assertThat(april.rows()).isEqualTo(2);
        assertThat(april.referenceRows()).isEqualTo(100);
        assertThat(april.reason())
                .isEqualTo("2 rows, far fewer than the 100 usual in the nearest months (at least half is expected).");
        assertThat(april.mark()).isNull();
    }

    @Test
    void exactlyHalfTheMedianIsComplete() {
        SortedMap<YearMonth, Long> rows = new TreeMap<>(APRIL_OF_2);
        rows.put(m(4), 50L);

        MonthCompleteness april = judge(4, rows, Map.of());

        assertThat(april.judgement()).isEqualTo(Judgement.COMPLETE);
        assertThat(april.complete()).isTrue();
        assertThat(april.reason())
                .isEqualTo("50 rows against the 100 usual in the nearest months (at least half is expected).");
    }

    @Test
    void theMedianOfAnEvenNumberOfMonthsIsTheMeanOfTheMiddleTwoUnrounded() {
        // May's references: April, June, March, July: 100, 101, 200, 201 → median (101 + 200) / 2 =
        // 150.5, shown as 151; half of it is 75.25, so 75 rows are too few.
        SortedMap<YearMonth, Long> rows = rows(3, 200, 4, 100, 5, 75, 6, 101, 7, 201);

        MonthCompleteness may = judge(5, rows, Map.of());

        assertThat(may.referenceRows()).isEqualTo(151);
        assertThat(may.judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(CompletenessRule.median(List.of(201L, 100L, 200L, 101L))).isEqualTo(150.5);
        assertThat(CompletenessRule.median(List.of(3L, 1L, 2L))).isEqualTo(2.0);
    }

    @Test
    void withFewerThanThreeOtherMonthsAMonthCountsAsCompleteAndSaysWhy() {
        SortedMap<YearMonth, Long> rows = rows(1, 100, 2, 2, 3, 100);

        MonthCompleteness february = judge(2, rows, Map.of());

        assertThat(february.judgement()).isEqualTo(Judgement.TOO_FEW_TO_COMPARE);
        assertThat(february.complete()).isTrue();
        assertThat(february.referenceRows()).isNull();
        assertThat(february.reason())
                .isEqualTo("2 rows; counted as complete because only 2 other months can be compared with it"
                        + " (3 are needed).");
        assertThat(judge(1, rows(1, 430), Map.of()).reason())
                .isEqualTo("430 rows; counted as complete because no other month can be compared with it"
                        + " (3 are needed).");
    }

    @Test
    void aMonthWithoutAFileBetweenImportedMonthsIsMissingAndListedInItsPlace() {
        SortedMap<YearMonth, Long> rows = rows(1, 100, 2, 100, 4, 100, 5, 100);

        List<MonthCompleteness> months = rule.judge("west-midlands", STREET, rows, Map.of());

        assertThat(months).extracting(MonthCompleteness::month).containsExactly(m(1), m(2), m(3), m(4), m(5));
        MonthCompleteness march = months.get(2);
        assertThat(march.judgement()).isEqualTo(Judgement.MISSING);
        assertThat(march.complete()).isFalse();
        assertThat(march.rows()).isZero();
        assertThat(march.referenceRows()).isNull();
        assertThat(march.reason())
                .isEqualTo(
                        "No street file has been imported for this month, though earlier and later months have one.");
        assertThat(months).filteredOn(MonthCompleteness::complete).hasSize(4);
    }

    @Test
    void aMissingMonthIsNoReferenceSoTheNextNearestMonthsAreUsed() {
        // March is missing: April's nearest imported months are May (1), February, June (2),
        // January, July (3) and August (4): 100, 100, 100, 100, 100, 8 → median 100.
        SortedMap<YearMonth, Long> rows = rows(1, 100, 2, 100, 4, 49, 5, 100, 6, 100, 7, 100, 8, 8);

        assertThat(rule.references(m(4), rows, Map.of())).containsExactly(100L, 100L, 100L, 100L, 100L, 8L);
        assertThat(judge(4, rows, Map.of()).judgement()).isEqualTo(Judgement.TOO_SMALL);
    }

    @Test
    void onATieForTheLastPlaceTheEarlierMonthIsTaken() {
        // July's nearest: June, August (1), May, September (2), April (3; October is missing), then
        // March and November are both 4 away: March, the earlier, takes the last place.
        // 100, 100, 100, 60, 60, 60 → median 80, half 40: 45 rows are enough. (With November's 200
        // instead the median would be 100 and 45 too few.)
        SortedMap<YearMonth, Long> rows = rows(3, 60, 4, 60, 5, 100, 6, 100, 7, 45, 8, 100, 9, 60, 11, 200);

        assertThat(rule.references(m(7), rows, Map.of())).containsExactly(100L, 100L, 100L, 60L, 60L, 60L);
        MonthCompleteness july = judge(7, rows, Map.of());
        assertThat(july.referenceRows()).isEqualTo(80);
        assertThat(july.judgement()).isEqualTo(Judgement.COMPLETE);
    }

    @Test
    void monthsMarkedIncompleteAreLeftOutOfTheReferences() {
        // April's references: March 130, May 130, February 100, June 130, January 100, July 100 →
        // median 115, half 57.5: 55 is too few. Without March (marked incomplete): 130, 100, 130,
        // 100, 100 → median 100, half 50: 55 is enough.
        SortedMap<YearMonth, Long> rows = rows(1, 100, 2, 100, 3, 130, 4, 55, 5, 130, 6, 130, 7, 100);
        assertThat(judge(4, rows, Map.of()).judgement()).isEqualTo(Judgement.TOO_SMALL);

        Map<YearMonth, MonthMark> marks = Map.of(m(3), mark(false, "the force says the file was cut short"));

        MonthCompleteness april = judge(4, rows, marks);
        assertThat(april.judgement()).isEqualTo(Judgement.COMPLETE);
        assertThat(april.referenceRows()).isEqualTo(100);
        assertThat(judge(3, rows, marks).complete()).isFalse();
    }

    @Test
    void aMarkWinsOverTheRuleAndTheReasonSaysWhoMarkedItWhyAndWhatTheRuleSays() {
        Map<YearMonth, MonthMark> marks = Map.of(m(4), mark(true, "a quiet month, confirmed with the force"));

        MonthCompleteness april = judge(4, APRIL_OF_2, marks);

        assertThat(april.judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(april.complete()).isTrue();
        assertThat(april.mark()).isEqualTo(marks.get(m(4)));
        assertThat(april.reason())
                .isEqualTo("Marked complete by ana: \u201ca quiet month, confirmed with the force\u201d. By the rule"
                        + " alone: 2 rows, far fewer than the 100 usual in the nearest months (at least half is"
                        + " expected).");
    }

    @Test
    void aMonthTheRuleFindsCompleteCanBeMarkedIncomplete() {
        MonthCompleteness may = judge(5, APRIL_OF_2, Map.of(m(5), mark(false, "known to be short")));

        assertThat(may.judgement()).isEqualTo(Judgement.COMPLETE);
        assertThat(may.complete()).isFalse();
    }

    @Test
    void aMonthOutsideTheImportedOnesHasNothingToSayUnlessItIsMarked() {
        assertThat(rule.judge("west-midlands", STREET, m(9), APRIL_OF_2, Map.of()))
                .isEmpty();

        Map<YearMonth, MonthMark> marks = new HashMap<>();
        marks.put(m(9), mark(false, "never published"));
        MonthCompleteness september =
                rule.judge("west-midlands", STREET, m(9), APRIL_OF_2, marks).orElseThrow();
        assertThat(september.judgement()).isEqualTo(Judgement.MISSING);
        assertThat(september.reason()).endsWith("By the rule alone: no street file has been imported for this month.");
        assertThat(rule.judge("west-midlands", STREET, APRIL_OF_2, marks)).hasSize(7);
    }

    @Test
    void noImportedMonthsGiveNoMonths() {
        assertThat(rule.judge("west-midlands", STREET, new TreeMap<>(), Map.of()))
                .isEmpty();
    }

    @Test
    void theShareAndTheNumbersOfMonthsAreSettings() {
        CompletenessRule strict = new CompletenessRule(0.8, 2, 2);
        // April's two nearest: March 90 and May 105 → median 97.5, 80% of it 78.
        SortedMap<YearMonth, Long> rows = rows(1, 100, 2, 110, 3, 90, 4, 77, 5, 105);

        MonthCompleteness april =
                strict.judge("west-midlands", STREET, m(4), rows, Map.of()).orElseThrow();

        assertThat(april.judgement()).isEqualTo(Judgement.TOO_SMALL);
        assertThat(april.referenceRows()).isEqualTo(98);
        assertThat(april.reason()).endsWith("(at least 80% of that is expected).");
        assertThat(judge(4, rows, Map.of()).judgement()).isEqualTo(Judgement.COMPLETE);
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedSayingWhich() {
        assertThatThrownBy(() -> new CompletenessRule(0, 6, 3)).hasMessageContaining("minimum share");
        assertThatThrownBy(() -> new CompletenessRule(0.5, 0, 0)).hasMessageContaining("reference months");
        assertThatThrownBy(() -> new CompletenessRule(0.5, 2, 3))
                .hasMessageContaining("minimum of reference months must be from 1 to the reference months (2)");
        assertThatThrownBy(() -> new CompletenessProperties(1.5, 6, 3).rule())
                .hasMessageStartingWith("oversight.police-data.completeness: ");
    }
}
