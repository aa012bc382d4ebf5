package org.oversight.plan;

/**
 * An objective (priority) of a plan version as other modules see it.
 *
 * @param position 1-based position of the objective in the version
 * @param number the plan's number for it ("4.2"), or null when the plan leaves it unnumbered
 * @param anchor its stable id on the plan page ({@code objective-4.2}), which names it for links
 */
public record PlanObjective(
        String planKey, String versionLabel, int position, String number, String title, String anchor) {

    /** The objective on its plan version's page: {@code /plans/KEY/versions/LABEL#objective-4.2}. */
    public String planPage() {
        return PlanAnchors.versionPage(planKey, versionLabel) + "#" + anchor;
    }

    /** "4.2 Creating stronger partnerships", or the title alone when it has no number. */
    public String words() {
        return number == null || number.isBlank() ? title : number + " " + title;
    }
}
