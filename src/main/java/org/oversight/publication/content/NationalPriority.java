package org.oversight.publication.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The national priorities for policing of the National Crime and Policing Measures, on which the
 * Specified Information Order (paragraph 7A) asks for a statement of the force's contribution, with
 * the words by which a plan's measure is taken to show that contribution (matched as whole words in
 * the measure's text and its indicator's name, ignoring case).
 */
public enum NationalPriority {
    HOMICIDE("homicide", "Reduce murder and other homicides", List.of("homicide", "homicides", "murder", "murders")),
    SERIOUS_VIOLENCE(
            "serious-violence",
            "Reduce serious violence",
            List.of("serious violence", "knife", "knives", "weapon", "weapons", "firearm", "firearms", "gun crime")),
    DRUGS("drugs", "Disrupt drugs supply and county lines", List.of("drug", "drugs", "county lines")),
    NEIGHBOURHOOD_CRIME(
            "neighbourhood-crime",
            "Reduce neighbourhood crime",
            List.of(
                    "neighbourhood crime",
                    "burglary",
                    "robbery",
                    "theft from the person",
                    "vehicle crime",
                    "vehicle offences")),
    CYBER_CRIME("cyber-crime", "Tackle cyber crime", List.of("cyber", "cyber crime", "cybercrime", "online fraud")),
    VICTIM_SATISFACTION(
            "victim-satisfaction",
            "Improve victim satisfaction, with a focus on domestic abuse",
            List.of("satisfaction", "satisfied", "domestic abuse", "domestic violence"));

    private final String id;
    private final String words;
    private final List<Pattern> terms;

    NationalPriority(String id, String words, List<String> terms) {
        this.id = id;
        this.words = words;
        this.terms = terms.stream()
                .map(term -> Pattern.compile("\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE))
                .toList();
    }

    /** Its id in documents and addresses: {@code serious-violence}. */
    public String id() {
        return id;
    }

    /** As the measures name it: "Reduce serious violence". */
    public String words() {
        return words;
    }

    /** Whether a measure with this text (and indicator name, may be null) shows the force's contribution. */
    public boolean isShownBy(String measureText, String indicatorName) {
        String text = (measureText == null ? "" : measureText) + " \n " + (indicatorName == null ? "" : indicatorName);
        String lower = text.toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(term -> term.matcher(lower).find());
    }
}
