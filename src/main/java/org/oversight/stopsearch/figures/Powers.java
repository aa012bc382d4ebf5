package org.oversight.stopsearch.figures;

/**
 * The powers a search was made under, as data.police.uk writes them in the Legislation column.
 * Every power needs reasonable grounds for suspicion except section 60 of the Criminal Justice and
 * Public Order Act 1994 and section 47A of the Terrorism Act 2000, which an authorisation allows
 * without suspicion. A blank legislation says nothing, so it is not a reasonable-grounds search.
 */
public final class Powers {

    public static final String SECTION_60 = "Criminal Justice and Public Order Act 1994 (section 60)";
    public static final String SECTION_47A = "Terrorism Act 2000 (section 47A)";

    private Powers() {}

    /** Whether the search was made under section 60 (as published). */
    public static boolean isSection60(String legislation) {
        return SECTION_60.equals(legislation.strip());
    }

    /** Whether the power needs reasonable grounds: recorded and neither section 60 nor section 47A. */
    public static boolean needsReasonableGrounds(String legislation) {
        String power = legislation.strip();
        return !power.isEmpty() && !power.equals(SECTION_60) && !power.equals(SECTION_47A);
    }
}
