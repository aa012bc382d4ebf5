package org.oversight.policedata;

import java.util.Locale;
import java.util.Optional;

/**
 * The stop-and-search columns a count can be filtered by (the file's categorical columns), and the
 * broad ethnic group that the self-defined ethnicity gives. A blank value is the empty string.
 */
public enum StopSearchField {
    TYPE("Type"),
    PART_OF_A_POLICING_OPERATION("Part of a policing operation"),
    GENDER("Gender"),
    AGE_RANGE("Age range"),
    SELF_DEFINED_ETHNICITY("Self-defined ethnicity"),
    /** The part of the self-defined ethnicity before " - " as a broad group (see {@link #broadEthnicGroup}). */
    SELF_DEFINED_ETHNIC_GROUP("Self-defined ethnic group"),
    OFFICER_DEFINED_ETHNICITY("Officer-defined ethnicity"),
    LEGISLATION("Legislation"),
    OBJECT_OF_SEARCH("Object of search"),
    OUTCOME("Outcome"),
    OUTCOME_LINKED_TO_OBJECT_OF_SEARCH("Outcome linked to object of search"),
    REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING("Removal of more than just outer clothing");

    private final String label;

    StopSearchField(String label) {
        this.label = label;
    }

    /** As the file's header (or, for the broad group, the design's words) names it. */
    public String label() {
        return label;
    }

    /** The field's name in files and the API: the label in lower case with hyphens ({@code object-of-search}). */
    public String code() {
        return label.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-");
    }

    public static Optional<StopSearchField> fromCode(String code) {
        for (StopSearchField field : values()) {
            if (field.code().equals(code)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The broad group of a self-defined ethnicity, from the part before " - ":
     * "Black/African/Caribbean/Black British - African" is Black, "White - Irish" White,
     * "Mixed/Multiple ethnic groups - …" Mixed, "Asian/Asian British - …" Asian, "Other ethnic
     * group - Any other ethnic group" Other; "Other ethnic group - Not stated" and blank are not
     * recorded (the empty string). A group outside these is kept as written, never guessed.
     */
    public static String broadEthnicGroup(String selfDefined) {
        if (selfDefined == null || selfDefined.isBlank() || selfDefined.equals("Other ethnic group - Not stated")) {
            return "";
        }
        int dash = selfDefined.indexOf(" - ");
        String group =
                dash < 0 ? selfDefined.strip() : selfDefined.substring(0, dash).strip();
        return switch (group) {
            case "White" -> "White";
            case "Black/African/Caribbean/Black British" -> "Black";
            case "Asian/Asian British" -> "Asian";
            case "Mixed/Multiple ethnic groups" -> "Mixed";
            case "Other ethnic group" -> "Other";
            default -> group;
        };
    }
}
