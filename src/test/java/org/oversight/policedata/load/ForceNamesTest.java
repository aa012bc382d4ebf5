package org.oversight.policedata.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Falls within" names the file's force only when the whole name fits its slug. */
class ForceNamesTest {

    @Test
    void aForceWhoseSlugIsThePrefixOfAnothersIsNotThatForce() {
        assertThat(ForceNames.names("west", "West Midlands Police")).isFalse();
        assertThat(ForceNames.names("west-midlands", "West Mercia Police")).isFalse();
        assertThat(ForceNames.names("north", "North Wales Police")).isFalse();
    }

    @Test
    void aForceIsNamedByItsSlugFollowedByPoliceOrConstabulary() {
        assertThat(ForceNames.names("west-midlands", "West Midlands Police")).isTrue();
        assertThat(ForceNames.names("wiltshire", "Wiltshire Police")).isTrue();
        assertThat(ForceNames.names("test", "Test Police")).isTrue();
        assertThat(ForceNames.names("kent", "Kent Constabulary")).isTrue();
    }

    @Test
    void forcesWhoseNamesAreNotTheirSlugsAreKnownByTheNamesDataPoliceUkUses() {
        assertThat(ForceNames.names("metropolitan", "Metropolitan Police Service"))
                .isTrue();
        assertThat(ForceNames.names("devon-and-cornwall", "Devon & Cornwall Police"))
                .isTrue();
        assertThat(ForceNames.names("northern-ireland", "Police Service of Northern Ireland"))
                .isTrue();
        assertThat(ForceNames.names("btp", "British Transport Police")).isTrue();
        assertThat(ForceNames.names("avon-and-somerset", "Avon and Somerset Constabulary"))
                .isTrue();
        assertThat(ForceNames.names("metropolitan", "City of London Police")).isFalse();
    }
}
