package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.oversight.plan.PlanVersionEdited;
import org.oversight.plan.PlanVersionEdited.Change;
import org.oversight.plan.PlanVersionEdited.Item;

/**
 * What an edit changed in a plan version, item by item, for the audit trail: the version's details,
 * then each objective, commitment and measure added, edited or removed, each with its before and
 * after. Lists are aligned on the items that stayed the same (their longest common run), so removing
 * the second of five objectives is one removal, not three edits and a removal; between those, items
 * are paired in order.
 */
final class VersionChanges {

    private final String planKey;
    private final String label;
    private final String by;
    private final List<PlanVersionEdited> changes = new ArrayList<>();

    private VersionChanges(String planKey, String label, String by) {
        this.planKey = planKey;
        this.label = label;
        this.by = by;
    }

    /** The changes from {@code before} to {@code after}, in the plan's order; none when they are the same. */
    static List<PlanVersionEdited> between(String planKey, PlanVersion before, PlanVersion after, String by) {
        VersionChanges changes = new VersionChanges(planKey, after.label(), by);
        changes.item(Item.VERSION, after.label(), PlanJson.versionDetails(before), PlanJson.versionDetails(after));
        int placeBefore = 0;
        int placeAfter = 0;
        for (Pair<Objective> pair : align(before.objectives(), after.objectives())) {
            placeBefore += pair.before() == null ? 0 : 1;
            placeAfter += pair.after() == null ? 0 : 1;
            changes.objective(pair, pair.after() == null ? placeBefore : placeAfter);
        }
        return changes.changes;
    }

    private void objective(Pair<Objective> pair, int place) {
        if (pair.before() == null || pair.after() == null) {
            Objective objective = pair.before() == null ? pair.after() : pair.before();
            item(
                    Item.OBJECTIVE,
                    objectiveName(objective, place),
                    pair.before() == null ? null : PlanJson.objective(pair.before()),
                    pair.after() == null ? null : PlanJson.objective(pair.after()));
            return;
        }
        String name = objectiveName(pair.after(), place);
        if (pair.before().equals(pair.after())) {
            return;
        }
        item(Item.OBJECTIVE, name, PlanJson.objectiveDetails(pair.before()), PlanJson.objectiveDetails(pair.after()));
        items(
                Item.COMMITMENT,
                name,
                pair.before().commitments(),
                pair.after().commitments(),
                Commitment::ref,
                PlanJson::commitment);
        items(Item.MEASURE, name, pair.before().measures(), pair.after().measures(), Measure::ref, PlanJson::measure);
    }

    private <T> void items(
            Item item,
            String objective,
            List<T> before,
            List<T> after,
            Function<T, String> ref,
            Function<T, Map<String, Object>> json) {
        int placeBefore = 0;
        int placeAfter = 0;
        for (Pair<T> pair : align(before, after)) {
            placeBefore += pair.before() == null ? 0 : 1;
            placeAfter += pair.after() == null ? 0 : 1;
            T either = pair.after() == null ? pair.before() : pair.after();
            String name = ref.apply(either) != null
                    ? ref.apply(either)
                    : objective + " " + item.name().toLowerCase(java.util.Locale.ROOT) + " "
                            + (pair.after() == null ? placeBefore : placeAfter);
            item(
                    item,
                    name,
                    pair.before() == null ? null : json.apply(pair.before()),
                    pair.after() == null ? null : json.apply(pair.after()));
        }
    }

    private void item(Item item, String name, Map<String, Object> before, Map<String, Object> after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.EDITED;
        changes.add(new PlanVersionEdited(
                planKey,
                label,
                item,
                change,
                name,
                before == null ? null : PlanJson.of(before),
                after == null ? null : PlanJson.of(after),
                by));
    }

    private static String objectiveName(Objective objective, int place) {
        return objective.number() != null ? objective.number() : "objective " + place;
    }

    /** An item before and after; one side {@code null} when it was added or removed. */
    record Pair<T>(T before, T after) {}

    /**
     * The two lists side by side: items equal in both (a longest common subsequence) paired, and
     * between them the others paired in order, the rest added or removed. Items the same on both
     * sides are paired too (callers skip them).
     */
    static <T> List<Pair<T>> align(List<T> before, List<T> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> removed = new ArrayList<>();
        List<T> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                flush(removed, added, pairs);
                pairs.add(new Pair<>(before.get(i++), after.get(j++)));
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        flush(removed, added, pairs);
        return pairs;
    }

    private static <T> void flush(List<T> removed, List<T> added, List<Pair<T>> pairs) {
        for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
            pairs.add(new Pair<>(k < removed.size() ? removed.get(k) : null, k < added.size() ? added.get(k) : null));
        }
        removed.clear();
        added.clear();
    }
}
