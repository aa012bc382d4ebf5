package org.oversight.policedata;

/**
 * Where figures are counted: a force's whole area, one of its local authority districts (from the
 * LSOA names) or a named area set (such as the Impact Areas).
 *
 * @param force the force's slug, as in data.police.uk file names ({@code west-midlands})
 * @param name the district or area set; the force's slug for the whole force
 */
public record Area(String force, Kind kind, String name) {

    public enum Kind {
        FORCE,
        DISTRICT,
        AREA_SET
    }

    public static Area force(String force) {
        return new Area(force, Kind.FORCE, force);
    }

    public static Area district(String force, String district) {
        return new Area(force, Kind.DISTRICT, district);
    }

    public static Area areaSet(String force, String name) {
        return new Area(force, Kind.AREA_SET, name);
    }
}
