package org.oversight.plan.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of a plan's key and a version's label, which name them in every address
 * ({@code /plans/KEY/versions/LABEL}), so that any accepted name gives pages that work. A key is
 * lower-case words of letters and digits joined by single hyphens ({@code wm-police-and-crime-plan});
 * a label is words of letters and digits joined by a single hyphen, full stop, underscore or space
 * ({@code 2014-15}, {@code 2021-2025}, {@code Draft 2}). Nothing else: no line breaks, no spaces at
 * either end, no slashes. Checked when a plan or version is created or renamed; names stored before
 * these rules keep working.
 */
public final class PlanNames {

    public static final int KEY_MAX_LENGTH = 80;
    public static final int LABEL_MAX_LENGTH = 40;

    /** For Bean Validation's {@code @Pattern}, which matches the whole value. */
    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public static final String LABEL_PATTERN = "[A-Za-z0-9]+([-._ ][A-Za-z0-9]+)*";

    public static final String KEY_RULE = "use lower-case letters and digits in words joined by single hyphens,"
            + " at most " + KEY_MAX_LENGTH + " characters, such as wm-police-and-crime-plan";

    public static final String LABEL_RULE =
            "use letters and digits in words joined by a single hyphen, full stop, underscore or space," + " at most "
                    + LABEL_MAX_LENGTH + " characters, such as 2014-15";

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);
    private static final Pattern LABEL = Pattern.compile(LABEL_PATTERN);

    private PlanNames() {}

    /** What is wrong with a plan key, if anything. */
    public static Optional<String> keyProblem(String key) {
        return problem(key, KEY, KEY_MAX_LENGTH, KEY_RULE);
    }

    /** What is wrong with a version label, if anything. */
    public static Optional<String> labelProblem(String label) {
        return problem(label, LABEL, LABEL_MAX_LENGTH, LABEL_RULE);
    }

    static void checkKey(String key) {
        keyProblem(key).ifPresent(problem -> {
            throw new PlanRuleViolation("key", problem);
        });
    }

    static void checkLabel(String label) {
        labelProblem(label).ifPresent(problem -> {
            throw new PlanRuleViolation("label", problem);
        });
    }

    private static Optional<String> problem(String name, Pattern shape, int maxLength, String rule) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is required");
        }
        if (name.length() > maxLength || !shape.matcher(name).matches()) {
            return Optional.of(describe(name) + rule);
        }
        return Optional.empty();
    }

    /** Says what is wrong before the rule when it is hard to see: a line break, a space at an end. */
    private static String describe(String name) {
        if (name.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            return "has a line break; ";
        }
        if (!name.equals(name.strip())) {
            return "starts or ends with a space; ";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "has a control character; ";
        }
        return "";
    }
}
