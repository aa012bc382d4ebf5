package org.oversight.plan.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.oversight.shared.yaml.LocatedYaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A plan file's YAML as a JSON tree (for the schema) that remembers where each value was written, so
 * that every problem can name its line and column. Paths are JSON paths: {@code $.versions[0].label}.
 */
final class YamlTree {

    private final String file;
    private final LocatedYaml located;

    YamlTree(String file, Node document, List<PlanFileProblem> problems) {
        this.file = file;
        this.located = LocatedYaml.of(document);
        located.problems().forEach(problem -> problems.add(problemAt(problem.path(), problem.message())));
    }

    JsonNode root() {
        return located.root();
    }

    /** A problem at a path, placed at the nearest written position at or above it. */
    PlanFileProblem problemAt(String path, String message) {
        LocatedYaml.Position at = located.position(path);
        return new PlanFileProblem(file, at.line(), at.column(), field(path), message);
    }

    /** {@code $.versions[0].label} as the user reads it: {@code versions[0].label}. */
    static String field(String path) {
        return LocatedYaml.field(path);
    }
}
