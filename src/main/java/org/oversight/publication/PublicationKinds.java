package org.oversight.publication;

import java.util.List;

/** The kinds of snapshot this module drafts and publishes (ADR 0022). */
public final class PublicationKinds {

    /** A quarter's publication: the plan, performance by measure, stop and search. */
    public static final String PUBLICATION = "publication";

    /** The National Crime and Policing Measures statement, published with its quarter. */
    public static final String NATIONAL_MEASURES = "national-measures-statement";

    /** The annual report's statement of progress on performance measures. */
    public static final String ANNUAL_STATEMENT = "annual-statement";

    public static final List<String> ALL = List.of(PUBLICATION, NATIONAL_MEASURES, ANNUAL_STATEMENT);

    private PublicationKinds() {}

    /** "Quarterly publication", "National measures statement", "Annual statement". */
    public static String words(String kind) {
        return switch (kind) {
            case PUBLICATION -> "Quarterly publication";
            case NATIONAL_MEASURES -> "National measures statement";
            case ANNUAL_STATEMENT -> "Annual statement";
            default -> kind;
        };
    }
}
