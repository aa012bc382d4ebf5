package org.oversight.policedata;

import java.util.List;
import java.util.Optional;

/** The three kinds of data.police.uk file, with their exact published headers. */
public enum PoliceDataKind {
    STREET(
            "street",
            List.of(
                    "Crime ID",
                    "Month",
                    "Reported by",
                    "Falls within",
                    "Longitude",
                    "Latitude",
                    "Location",
                    "LSOA code",
                    "LSOA name",
                    "Crime type",
                    "Last outcome category",
                    "Context")),
    OUTCOMES(
            "outcomes",
            List.of(
                    "Crime ID",
                    "Month",
                    "Reported by",
                    "Falls within",
                    "Longitude",
                    "Latitude",
                    "Location",
                    "LSOA code",
                    "LSOA name",
                    "Outcome type")),
    STOP_AND_SEARCH(
            "stop-and-search",
            List.of(
                    "Type",
                    "Date",
                    "Part of a policing operation",
                    "Policing operation",
                    "Latitude",
                    "Longitude",
                    "Gender",
                    "Age range",
                    "Self-defined ethnicity",
                    "Officer-defined ethnicity",
                    "Legislation",
                    "Object of search",
                    "Outcome",
                    "Outcome linked to object of search",
                    "Removal of more than just outer clothing"));

    private final String slug;
    private final List<String> header;

    PoliceDataKind(String slug, List<String> header) {
        this.slug = slug;
        this.header = header;
    }

    /** As in file names and on the command line: {@code street}, {@code outcomes}, {@code stop-and-search}. */
    public String slug() {
        return slug;
    }

    /** In words: {@code street}, {@code outcomes}, {@code stop and search}. */
    public String words() {
        return slug.replace('-', ' ');
    }

    public List<String> header() {
        return header;
    }

    public static Optional<PoliceDataKind> fromSlug(String slug) {
        for (PoliceDataKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
