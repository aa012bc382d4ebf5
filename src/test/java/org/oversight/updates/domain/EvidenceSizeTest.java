package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceSizeTest {

    private static String size(long bytes) {
        return new Evidence(null, 1L, "f.csv", "text/csv", bytes, "", new byte[0], "lead", null).sizeInWords();
    }

    @Test
    void aFileUnderAKilobyteIsCountedInBytes() {
        assertThat(size(1)).isEqualTo("1 byte");
        assertThat(size(41)).isEqualTo("41 bytes");
        assertThat(size(1023)).isEqualTo("1023 bytes");
    }

    @Test
    void aFileUnderAMegabyteIsInWholeKilobytesRounded() {
        assertThat(size(1024)).isEqualTo("1 KB");
        assertThat(size(12 * 1024 + 600)).isEqualTo("13 KB");
    }

    @Test
    void aLargerFileIsInMegabytesToOneDecimalPlace() {
        assertThat(size(1024 * 1024)).isEqualTo("1.0 MB");
        assertThat(size(10L * 1024 * 1024 + 200 * 1024)).isEqualTo("10.2 MB");
    }
}
