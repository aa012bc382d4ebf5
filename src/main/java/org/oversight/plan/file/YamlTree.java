package org.oversight.plan.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a JSON tree (for the schema) that remembers where each value was written, so
 * that every problem can name its line and column. Paths are JSON paths: {@code $.versions[0].label}.
 */
final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, Mark> marks = new HashMap<>();
    private final List<PlanFileProblem> problems;
    private final String file;
    private final JsonNode root;

    YamlTree(String file, Node document, List<PlanFileProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.root = convert(document, "$");
    }

    JsonNode root() {
        return root;
    }

    /** A problem at a path, placed at the nearest written position at or above it. */
    PlanFileProblem problemAt(String path, String message) {
        String at = path;
        Mark mark = marks.get(at);
        while (mark == null && at.length() > 1) {
            at = parent(at);
            mark = marks.get(at);
        }
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new PlanFileProblem(file, line, column, field(path), message);
    }

    /** {@code $.versions[0].label} as the user reads it: {@code versions[0].label}. */
    static String field(String path) {
        if (path.equals("$")) {
            return "";
        }
        return path.startsWith("$.") ? path.substring(2) : path.substring(1);
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    private JsonNode convert(Node node, String path) {
        marks.put(path, node.getStartMark());
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(problemAt(path, "keys must be plain names"));
                    continue;
                }
                String key = keyNode.getValue();
                String childPath = path + "." + key;
                if (object.has(key)) {
                    marks.put(childPath, keyNode.getStartMark());
                    problems.add(problemAt(childPath, "'" + key + "' is written twice"));
                    continue;
                }
                marks.put(childPath, keyNode.getStartMark());
                JsonNode value = convert(tuple.getValueNode(), childPath);
                marks.put(childPath, keyNode.getStartMark());
                object.set(key, value);
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, path + "[" + index++ + "]"));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return NODES.numberNode(new BigInteger(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return NODES.numberNode(new BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        // Strings, and dates written without quotes (kept as written: the schema checks their form).
        return NODES.textNode(text);
    }
}
