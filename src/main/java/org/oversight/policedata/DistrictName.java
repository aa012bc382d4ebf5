package org.oversight.policedata;

/**
 * A district as the LSOA names of the force's imported data give it, and the name it is shown under
 * (itself unless renamed; several districts with one name shown are grouped into one).
 */
public record DistrictName(String district, String shownAs) {

    public boolean renamed() {
        return !district.equals(shownAs);
    }
}
