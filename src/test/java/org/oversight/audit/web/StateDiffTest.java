package org.oversight.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oversight.audit.web.StateDiff.Kind;
import org.oversight.audit.web.StateDiff.Row;

class StateDiffTest {

    @Test
    void jsonIsLaidOutOneFieldALineAndOtherTextIsLeftAsItIs() {
        assertThat(StateDiff.laidOut("{\"a\":1,\"b\":[1,2]}"))
                .isEqualTo("{\n  \"a\" : 1,\n  \"b\" : [\n    1,\n    2\n  ]\n}");
        assertThat(StateDiff.laidOut("plain words")).isEqualTo("plain words");
        assertThat(StateDiff.laidOut("42")).isEqualTo("42");
        assertThat(StateDiff.laidOut(null)).isNull();
    }

    @Test
    void aChangedFieldIsShownBesideWhatItWasAndTheRestStaysSideBySide() {
        List<Row> rows = StateDiff.of("{\"title\":\"Old\",\"n\":1}", "{\"title\":\"New\",\"n\":1}")
                .rows();

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.CHANGED, Kind.SAME, Kind.SAME);
        assertThat(rows.get(1).before()).isEqualTo("  \"title\" : \"Old\",");
        assertThat(rows.get(1).after()).isEqualTo("  \"title\" : \"New\",");
    }

    @Test
    void anAddedLineIsShownOnlyOnTheRightAndARemovedOneOnlyOnTheLeft() {
        List<Row> rows = StateDiff.of("a\nb\nc", "a\nc\nd").rows();

        assertThat(rows)
                .extracting(Row::kind, Row::before, Row::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, "a", "a"),
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "b", null),
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, "c", "c"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, null, "d"));
    }

    @Test
    void longStretchesThatDidNotChangeAreFoldedButForThreeLinesAroundEachChange() {
        String before = IntStream.rangeClosed(1, 40).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
        String after = before.replace("\n20\n", "\ntwenty\n");

        List<Row> rows = StateDiff.of(before, after).rows();

        assertThat(rows)
                .extracting(Row::kind)
                .containsExactly(
                        Kind.FOLDED,
                        Kind.SAME,
                        Kind.SAME,
                        Kind.SAME,
                        Kind.CHANGED,
                        Kind.SAME,
                        Kind.SAME,
                        Kind.SAME,
                        Kind.FOLDED);
        assertThat(rows.get(0).folded()).isEqualTo(16);
        assertThat(rows.get(8).folded()).isEqualTo(17);
    }

    @Test
    void somethingNewIsShownWholeOnTheRight() {
        List<Row> rows = StateDiff.of(null, "{\"a\":1}").rows();

        assertThat(rows).extracting(Row::kind).containsOnly(Kind.ADDED);
        assertThat(rows).extracting(Row::after).containsExactly("{", "  \"a\" : 1", "}");
    }

    @Test
    void nothingBeforeOrAfterIsEmpty() {
        assertThat(StateDiff.of(null, null).isEmpty()).isTrue();
    }

    @Test
    void aVeryLargeChangeIsShownAsRemovedThenAddedWithoutComparingEveryLine() {
        String before = IntStream.range(0, 2100).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        String after = IntStream.range(0, 2100).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));

        List<Row> rows = StateDiff.of(before, after).rows();

        assertThat(rows).hasSize(2100).extracting(Row::kind).containsOnly(Kind.CHANGED);
    }
}
