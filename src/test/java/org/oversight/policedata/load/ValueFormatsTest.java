package org.oversight.policedata.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formats of data.police.uk's formatted fields. */
class ValueFormatsTest {

    @Test
    void aCoordinateIsADecimalNumberAsPublished() {
        assertThat(ValueFormats.coordinate("-1.849790", 180))
                .isCloseTo(-1.84979, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ValueFormats.coordinate("52.590937", 90))
                .isCloseTo(52.590937, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ValueFormats.coordinate("0", 180)).isZero();
        assertThat(ValueFormats.coordinate("180", 180)).isEqualTo(180);
    }

    @Test
    void anythingElseIsNotACoordinate() {
        for (String bad : new String[] {
            "notanumber", "NaN", "Infinity", "1e5", "1.5d", "0x1p3", "+1.5", "1.", ".5", "-", "", "1,5", " 1.5", "1.5 "
        }) {
            assertThat(ValueFormats.coordinate(bad, 180)).as(bad).isNaN();
        }
    }

    @Test
    void aCoordinateOutOfRangeIsNotOne() {
        assertThat(ValueFormats.coordinate("180.000001", 180)).isNaN();
        assertThat(ValueFormats.coordinate("-181", 180)).isNaN();
        assertThat(ValueFormats.coordinate("91.2", 90)).isNaN();
        assertThat(ValueFormats.coordinate("-90", 90)).isEqualTo(-90);
        assertThat(ValueFormats.coordinate("1000", 180)).isNaN();
    }

    @Test
    void anLsoaCodeIsE01OrW01AndSixDigits() {
        assertThat(ValueFormats.lsoaCode("E01009417")).isTrue();
        assertThat(ValueFormats.lsoaCode("W01001234")).isTrue();
        for (String bad : new String[] {"E0100941", "E010094170", "S01009417", "E02009417", "e01009417", "E0100941A"}) {
            assertThat(ValueFormats.lsoaCode(bad)).as(bad).isFalse();
        }
    }

    @Test
    void englandAndWalesRunFromScillyToLowestoftAndFromTheLizardToBerwick() {
        assertThat(ValueFormats.inEnglandAndWales(-1.849790, 52.590937)).isTrue();
        assertThat(ValueFormats.inEnglandAndWales(-6.3, 49.9)).isTrue();
        assertThat(ValueFormats.inEnglandAndWales(1.75, 52.48)).isTrue();
        assertThat(ValueFormats.inEnglandAndWales(-4.25, 55.86))
                .as("Glasgow's latitude is inside the box")
                .isTrue();
        assertThat(ValueFormats.inEnglandAndWales(52.590937, -1.849790))
                .as("swapped")
                .isFalse();
        assertThat(ValueFormats.inEnglandAndWales(0, 0)).isFalse();
    }
}
