package org.oversight.plan;

import java.util.Locale;
import org.oversight.shared.AuditedChange;

/**
 * One item of a plan version was added, edited or removed in an edit: the version's own details, an
 * objective (its heading and text; an added or removed one with its commitments and measures), a
 * commitment or a measure. An edit that changes several items publishes one event for each.
 *
 * @param itemName how the plan names the item: an objective's number, a commitment's or measure's
 *     ref, or its place ("objective 3", "4.1 commitment 2") when it has none; the version's label
 * @param before the item before, as JSON; {@code null} when added
 * @param after the item after, as JSON; {@code null} when removed
 */
public record PlanVersionEdited(
        String planKey,
        String versionLabel,
        Item item,
        Change change,
        String itemName,
        String before,
        String after,
        String by)
        implements AuditedChange {

    /** The kinds of item in a plan version. */
    public enum Item {
        VERSION("plan-version", "version"),
        OBJECTIVE("objective", "objective"),
        COMMITMENT("commitment", "commitment"),
        MEASURE("measure", "measure");

        private final String type;
        private final String word;

        Item(String type, String word) {
            this.type = type;
            this.word = word;
        }
    }

    /** What happened to the item. */
    public enum Change {
        ADDED,
        EDITED,
        REMOVED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return item.word + "-" + change.word();
    }

    @Override
    public String objectType() {
        return item.type;
    }

    @Override
    public String objectId() {
        return item == Item.VERSION ? planKey + "/" + versionLabel : planKey + "/" + versionLabel + "/" + itemName;
    }

    @Override
    public String summary() {
        String what = item == Item.VERSION
                ? "The details of version " + versionLabel
                : capitalised(item.word) + " " + itemName + " of version " + versionLabel;
        return what + " of plan " + planKey + (item == Item.VERSION ? " were " : " was ") + change.word();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
