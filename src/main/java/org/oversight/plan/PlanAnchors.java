package org.oversight.plan;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The stable {@code id}s of objectives, commitments and measures on a plan version's page, so that
 * other pages can link to one: {@code objective-4.6}, {@code commitment-4.6-2}, {@code measure-4.6-m3}.
 * An objective is named by its number and an item by its ref; one the plan leaves unnumbered is
 * named by its position instead ({@code objective-at-3}, {@code measure-4.6-at-2}).
 */
public final class PlanAnchors {

    private PlanAnchors() {}

    /** The id of an objective: {@code objective-4.6}, or {@code objective-at-3} when it has no number. */
    public static String objective(String number, int position) {
        return "objective-" + objectivePart(number, position);
    }

    /** The id of a commitment: {@code commitment-4.6-2}, or {@code commitment-4.6-at-2} when it has no ref. */
    public static String commitment(String ref, String objectiveNumber, int objectivePosition, int position) {
        return "commitment-" + itemPart(ref, objectiveNumber, objectivePosition, position);
    }

    /** The id of a measure: {@code measure-4.6-m3}, or {@code measure-4.6-at-2} when it has no ref. */
    public static String measure(String ref, String objectiveNumber, int objectivePosition, int position) {
        return "measure-" + itemPart(ref, objectiveNumber, objectivePosition, position);
    }

    /** The plan version's page: {@code /plans/KEY/versions/LABEL}. */
    public static String versionPage(String planKey, String versionLabel) {
        return "/plans/" + UriUtils.encodePathSegment(planKey, StandardCharsets.UTF_8) + "/versions/"
                + UriUtils.encodePathSegment(versionLabel, StandardCharsets.UTF_8);
    }

    private static String objectivePart(String number, int position) {
        return blank(number) ? "at-" + position : safe(number);
    }

    private static String itemPart(String ref, String objectiveNumber, int objectivePosition, int position) {
        return blank(ref) ? objectivePart(objectiveNumber, objectivePosition) + "-at-" + position : safe(ref);
    }

    /** An id has no spaces, and '#' or '?' would end a link's fragment early. */
    private static String safe(String text) {
        return text.strip().replaceAll("[\\s#?%]+", "-");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
