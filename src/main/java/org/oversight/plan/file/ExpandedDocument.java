package org.oversight.plan.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Measures a composed YAML document as it would be once every alias is expanded, before anything is
 * built from it. An alias is the node it refers to, shared: twelve levels of four aliases make a
 * 367-byte file stand for 16 million values. Each node is measured once (its size and height are
 * remembered), so the measuring itself costs no more than the file's own nodes.
 */
final class ExpandedDocument {

    private record Measure(long values, int height) {}

    private final String file;
    private final PlanFileLimits limits;
    private final Map<Node, Measure> measured = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private ExpandedDocument(String file, PlanFileLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The first limit the expanded document goes beyond, where it does; empty when it fits them all. */
    static Optional<PlanFileProblem> check(String file, Node document, PlanFileLimits limits) {
        try {
            new ExpandedDocument(file, limits).measure(document, 1, "$");
            return Optional.empty();
        } catch (TooLarge e) {
            return Optional.of(e.problem);
        }
    }

    /**
     * The values as written (an alias counted once), counted from the parser's events without keeping
     * them: where the document passes the limit, if it does.
     */
    static Optional<PlanFileProblem> checkWritten(String file, Iterable<Event> events, PlanFileLimits limits) {
        int values = 0;
        for (Event event : events) {
            if (event instanceof NodeEvent && ++values > limits.maxValues()) {
                Mark mark = event.getStartMark();
                return Optional.of(new PlanFileProblem(
                        file, mark.getLine() + 1, mark.getColumn() + 1, "", tooManyValues(limits, false, 0)));
            }
        }
        return Optional.empty();
    }

    private Measure measure(Node node, int depth, String path) {
        Measure known = measured.get(node);
        if (known != null) {
            if (depth + known.height() - 1 > limits.maxDepth()) {
                throw tooDeep(node, path);
            }
            return known;
        }
        if (depth > limits.maxDepth()) {
            throw tooDeep(node, path);
        }
        if (!open.add(node)) {
            throw new TooLarge(problem(
                    node,
                    path,
                    "this value contains an alias of itself (a recursive anchor), so it never ends;"
                            + " write the value out instead"));
        }
        long values = 1;
        int height = 1;
        for (Map.Entry<String, Node> child : children(node, path)) {
            Measure inner = measure(child.getValue(), depth + 1, child.getKey());
            values += inner.values();
            height = Math.max(height, inner.height() + 1);
            if (values > limits.maxValues()) {
                // Blamed on the value that takes the count past the limit: where the repetition is.
                // As written the document fits (checkWritten): its aliases make it pass the limit.
                throw new TooLarge(
                        problem(child.getValue(), child.getKey(), tooManyValues(limits, true, inner.values())));
            }
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().length() > limits.maxTextLength()) {
            throw new TooLarge(problem(
                    node,
                    path,
                    "this value is " + String.format("%,d", scalar.getValue().length())
                            + " characters long; a plan file's values may be at most "
                            + String.format("%,d", limits.maxTextLength())));
        }
        open.remove(node);
        Measure measure = new Measure(values, height);
        measured.put(node, measure);
        return measure;
    }

    private static String tooManyValues(PlanFileLimits limits, boolean aliased, long here) {
        String limit = String.format("%,d", limits.maxValues());
        return aliased
                ? "with its aliases expanded, the document passes " + limit + " values here (this value alone stands"
                        + " for " + String.format("%,d", here) + "); a plan file may hold at most " + limit
                        + ". Write repeated parts out instead of repeating aliases of aliases"
                : "the document passes " + limit + " values here; a plan file may hold at most " + limit
                        + ". Import its versions from separate files";
    }

    private TooLarge tooDeep(Node node, String path) {
        return new TooLarge(problem(
                node,
                path,
                "values are nested more than " + limits.maxDepth()
                        + " levels deep here (aliases included); a plan needs far fewer"));
    }

    /** A node's children by their paths, as {@link YamlTree} names them ({@code $.versions[0].label}). */
    private static List<Map.Entry<String, Node>> children(Node node, String path) {
        List<Map.Entry<String, Node>> children = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            int index = 0;
            for (Node item : sequence.getValue()) {
                children.add(Map.entry(path + "[" + index++ + "]", item));
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                children.add(Map.entry(path + "." + key, tuple.getKeyNode()));
                children.add(Map.entry(path + "." + key, tuple.getValueNode()));
            }
        }
        return children;
    }

    private PlanFileProblem problem(Node node, String path, String message) {
        Mark mark = node.getStartMark();
        return new PlanFileProblem(
                file,
                mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1,
                YamlTree.field(path),
                message);
    }

    /** Stops the measuring at the first limit passed. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient PlanFileProblem problem;

        TooLarge(PlanFileProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
