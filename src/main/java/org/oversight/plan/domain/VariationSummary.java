package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The "summary of variations" between two versions of a plan, as section 3 of the 2014-15 plan
 * shows it: objective by objective, which commitments (and measures) were kept, reworded, added or
 * removed.
 *
 * <p>Objectives are paired by title, then by number. Within a pair, items are matched by ref, then
 * by identical text, then by similar wording (word overlap of at least {@value #REWORDED_SIMILARITY}):
 * a match with different text is "reworded"; what is left is "added" or "removed".
 */
public record VariationSummary(String fromLabel, String toLabel, List<ObjectiveChanges> objectives) {

    static final double REWORDED_SIMILARITY = 0.5;

    public enum Change {
        UNCHANGED,
        REWORDED,
        ADDED,
        REMOVED
    }

    /** One line of the comparison: the earlier text, the later text, or both. */
    public record Line(Change change, String before, String after) {}

    /** One objective's changes; {@code reasonsForChange} is the later version's own rationale, when it gives one. */
    public record ObjectiveChanges(
            String number,
            String title,
            boolean added,
            boolean removed,
            String reasonsForChange,
            List<Line> commitments,
            List<Line> measures) {

        public long count(Change change) {
            return commitments.stream().filter(line -> line.change() == change).count();
        }

        public boolean changed() {
            return added
                    || removed
                    || commitments.stream().anyMatch(line -> line.change() != Change.UNCHANGED)
                    || measures.stream().anyMatch(line -> line.change() != Change.UNCHANGED);
        }
    }

    public static VariationSummary between(PlanVersion from, PlanVersion to) {
        List<ObjectiveChanges> result = new ArrayList<>();
        Set<Objective> pairedEarlier = new HashSet<>();
        for (Objective later : to.objectives()) {
            Optional<Objective> earlier = partner(later, from.objectives(), pairedEarlier);
            earlier.ifPresent(pairedEarlier::add);
            Objective before = earlier.orElse(null);
            result.add(new ObjectiveChanges(
                    later.number(),
                    later.title(),
                    before == null,
                    false,
                    later.reasonsForChange(),
                    compare(items(before, true), items(later, true)),
                    compare(items(before, false), items(later, false))));
        }
        for (Objective earlier : from.objectives()) {
            if (!pairedEarlier.contains(earlier)) {
                result.add(new ObjectiveChanges(
                        earlier.number(),
                        earlier.title(),
                        false,
                        true,
                        null,
                        compare(items(earlier, true), List.of()),
                        compare(items(earlier, false), List.of())));
            }
        }
        return new VariationSummary(from.label(), to.label(), result);
    }

    private static Optional<Objective> partner(Objective later, List<Objective> candidates, Set<Objective> taken) {
        Function<Objective, Boolean> free = candidate -> !taken.contains(candidate);
        for (Objective candidate : candidates) {
            if (free.apply(candidate) && normalise(candidate.title()).equals(normalise(later.title()))) {
                return Optional.of(candidate);
            }
        }
        for (Objective candidate : candidates) {
            if (free.apply(candidate)
                    && later.number() != null
                    && later.number().equals(candidate.number())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private record Item(String ref, String text) {}

    private static List<Item> items(Objective objective, boolean commitments) {
        if (objective == null) {
            return List.of();
        }
        return commitments
                ? objective.commitments().stream()
                        .map(c -> new Item(c.ref(), c.text()))
                        .toList()
                : objective.measures().stream()
                        .map(m -> new Item(m.ref(), m.text()))
                        .toList();
    }

    /** Lines in the later version's order, each removed item after the items it preceded. */
    static List<Line> compare(List<Item> before, List<Item> after) {
        Item[] partnerOf = new Item[after.size()];
        Set<Integer> usedBefore = new HashSet<>();
        // 1. Same ref.
        for (int a = 0; a < after.size(); a++) {
            for (int b = 0; b < before.size() && after.get(a).ref() != null; b++) {
                if (!usedBefore.contains(b)
                        && after.get(a).ref().equals(before.get(b).ref())) {
                    partnerOf[a] = before.get(b);
                    usedBefore.add(b);
                    break;
                }
            }
        }
        // 2. Same words.
        for (int a = 0; a < after.size(); a++) {
            for (int b = 0; b < before.size() && partnerOf[a] == null; b++) {
                if (!usedBefore.contains(b)
                        && normalise(after.get(a).text())
                                .equals(normalise(before.get(b).text()))) {
                    partnerOf[a] = before.get(b);
                    usedBefore.add(b);
                }
            }
        }
        // 3. Similar words: the most similar pairs first.
        while (true) {
            double best = REWORDED_SIMILARITY;
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < after.size(); a++) {
                if (partnerOf[a] != null) {
                    continue;
                }
                for (int b = 0; b < before.size(); b++) {
                    if (usedBefore.contains(b)) {
                        continue;
                    }
                    double similarity =
                            similarity(after.get(a).text(), before.get(b).text());
                    if (similarity >= best) {
                        best = similarity;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            partnerOf[bestA] = before.get(bestB);
            usedBefore.add(bestB);
        }
        List<Line> lines = new ArrayList<>();
        for (int a = 0; a < after.size(); a++) {
            Item earlier = partnerOf[a];
            if (earlier == null) {
                lines.add(new Line(Change.ADDED, null, after.get(a).text()));
            } else if (normalise(earlier.text()).equals(normalise(after.get(a).text()))) {
                lines.add(
                        new Line(Change.UNCHANGED, earlier.text(), after.get(a).text()));
            } else {
                lines.add(new Line(Change.REWORDED, earlier.text(), after.get(a).text()));
            }
        }
        for (int b = 0; b < before.size(); b++) {
            if (!usedBefore.contains(b)) {
                lines.add(new Line(Change.REMOVED, before.get(b).text(), null));
            }
        }
        return lines;
    }

    /** Dice coefficient over the sets of meaningful words: 1 for the same words, 0 for none shared. */
    static double similarity(String first, String second) {
        Set<String> a = words(first);
        Set<String> b = words(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "to", "in", "on", "for", "with", "by", "at", "our", "we", "that", "is",
            "are", "be", "as", "from", "which", "will", "their", "this", "those", "through", "such", "its", "it");

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalise(text).split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static String normalise(String text) {
        return Objects.requireNonNullElse(text, "")
                .toLowerCase(Locale.UK)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }
}
