package org.oversight.stopsearch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomesAndPowersTest {

    @Test
    void anyRecordedOutcomeButNoFurtherActionIsPositive() {
        assertThat(Outcomes.isPositive("Arrest")).isTrue();
        assertThat(Outcomes.isPositive("Community resolution")).isTrue();
        assertThat(Outcomes.isPositive("A no further action disposal")).isFalse();
        assertThat(Outcomes.isPositive("Nothing found - no further action")).isFalse();
    }

    @Test
    void aBlankOutcomeIsNotRecordedAndNotPositive() {
        assertThat(Outcomes.isRecorded("")).isFalse();
        assertThat(Outcomes.isPositive("")).isFalse();
    }

    @Test
    void everyPowerButSection60AndSection47ANeedsReasonableGrounds() {
        assertThat(Powers.needsReasonableGrounds("Police and Criminal Evidence Act 1984 (section 1)"))
                .isTrue();
        assertThat(Powers.needsReasonableGrounds("Misuse of Drugs Act 1971 (section 23)"))
                .isTrue();
        assertThat(Powers.needsReasonableGrounds("Terrorism Act 2000 (section 43)"))
                .isTrue();
        assertThat(Powers.needsReasonableGrounds(Powers.SECTION_60)).isFalse();
        assertThat(Powers.needsReasonableGrounds(Powers.SECTION_47A)).isFalse();
        assertThat(Powers.needsReasonableGrounds("")).isFalse();
    }
}
