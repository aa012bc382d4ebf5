package org.oversight.policedata;

/**
 * Where figures are counted: a force's whole area, one of its local authority districts (from the
 * LSOA names), the rows with no district recorded, or a named area set (such as the Impact Areas).
 * The force's count is the sum of its districts' and the no-district count.
 *
 * @param force the force's slug, as in data.police.uk file names ({@code wiltshire})
 * @param name the district or area set; the force's slug for the whole force; {@value #NO_DISTRICT}
 *     for the rows with no district
 */
public record Area(String force, Kind kind, String name) {

    public static final String NO_DISTRICT = "No district recorded";

    public enum Kind {
        FORCE,
        DISTRICT,
        /** Rows whose district is not known: no LSOA name, or one that gives no district. */
        NO_DISTRICT,
        AREA_SET
    }

    public static Area force(String force) {
        return new Area(force, Kind.FORCE, force);
    }

    public static Area district(String force, String district) {
        return new Area(force, Kind.DISTRICT, district);
    }

    /** The rows with no district recorded, so that a force's districts and this add up to the force. */
    public static Area noDistrict(String force) {
        return new Area(force, Kind.NO_DISTRICT, NO_DISTRICT);
    }

    public static Area areaSet(String force, String name) {
        return new Area(force, Kind.AREA_SET, name);
    }
}
