package org.oversight.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a JSON tree (for a schema) that remembers where each value was written, so that
 * every problem in a file people write (plan files, indicator files) can name its line and column.
 * Paths are JSON paths: {@code $.versions[0].label}. Keys written twice and keys that are not plain
 * names are problems of the document itself ({@link #problems()}).
 */
public final class LocatedYaml {

    /** A line and column, 1-based; 0 when the value's place is not known. */
    public record Position(int line, int column) {}

    /** A problem of the document's form at a path. */
    public record Problem(String path, String message) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, Mark> marks = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final JsonNode root;

    private LocatedYaml(Node document) {
        this.root = convert(document, "$");
    }

    /** The document composed by SnakeYAML (allow duplicate keys there: they are reported here, with their line). */
    public static LocatedYaml of(Node document) {
        return new LocatedYaml(document);
    }

    public JsonNode root() {
        return root;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Where the value at a path was written, or the nearest written position above it. */
    public Position position(String path) {
        String at = path;
        Mark mark = marks.get(at);
        while (mark == null && at.length() > 1) {
            at = parent(at);
            mark = marks.get(at);
        }
        return mark == null ? new Position(0, 0) : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** {@code $.versions[0].label} as people read it: {@code versions[0].label}. */
    public static String field(String path) {
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
                    problems.add(new Problem(path, "keys must be plain names"));
                    continue;
                }
                String key = keyNode.getValue();
                String childPath = path + "." + key;
                if (object.has(key)) {
                    marks.put(childPath, keyNode.getStartMark());
                    problems.add(new Problem(childPath, "'" + key + "' is written twice"));
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
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
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
        // Strings, and dates written without quotes (kept as written: a schema checks their form).
        return NODES.textNode(text);
    }
}
