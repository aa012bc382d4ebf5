package org.oversight.policedata.load;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a row's "Falls within" names the force a file's name gives (its data.police.uk slug),
 * compared whole: "North Wales Police" is the force {@code north-wales}, never {@code north}.
 * The forces data.police.uk publishes are listed with the names its files use; any other slug (a
 * force renamed or new, or test data) must be the name's slug itself, or it followed by "police",
 * "constabulary" or "police service".
 */
final class ForceNames {

    private ForceNames() {}

    /** data.police.uk's forces (its {@code /api/forces}) whose name is not simply "<slug> Police". */
    private static final Map<String, Set<String>> NAMES = Map.ofEntries(
            Map.entry("avon-and-somerset", Set.of("avon-and-somerset-constabulary")),
            Map.entry("btp", Set.of("british-transport-police")),
            Map.entry("cambridgeshire", Set.of("cambridgeshire-constabulary")),
            Map.entry("cheshire", Set.of("cheshire-constabulary")),
            Map.entry("cumbria", Set.of("cumbria-constabulary")),
            Map.entry("derbyshire", Set.of("derbyshire-constabulary")),
            Map.entry("devon-and-cornwall", Set.of("devon-cornwall-police", "devon-and-cornwall-police")),
            Map.entry("durham", Set.of("durham-constabulary")),
            Map.entry("gloucestershire", Set.of("gloucestershire-constabulary")),
            Map.entry(
                    "hampshire",
                    Set.of(
                            "hampshire-constabulary",
                            "hampshire-isle-of-wight-constabulary",
                            "hampshire-and-isle-of-wight-constabulary")),
            Map.entry("hertfordshire", Set.of("hertfordshire-constabulary")),
            Map.entry("lancashire", Set.of("lancashire-constabulary")),
            Map.entry("metropolitan", Set.of("metropolitan-police-service")),
            Map.entry("norfolk", Set.of("norfolk-constabulary")),
            Map.entry("northern-ireland", Set.of("police-service-of-northern-ireland")),
            Map.entry("suffolk", Set.of("suffolk-constabulary")));

    private static final String[] SUFFIXES = {"", "-police", "-constabulary", "-police-service"};

    static boolean names(String force, String fallsWithin) {
        String name = slug(fallsWithin);
        Set<String> known = NAMES.get(force);
        if (known != null && known.contains(name)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (name.equals(force + suffix)) {
                return true;
            }
        }
        return false;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
