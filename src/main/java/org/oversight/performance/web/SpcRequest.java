package org.oversight.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.oversight.performance.spc.ImprovementDirection;
import org.oversight.performance.spc.SpcOptions;

/**
 * The body of {@code POST /api/v1/spc}. It is read field by field ({@link #read}) rather than bound,
 * so that a misspelt option or a fractional run length is refused with a clear message instead of
 * being ignored or rounded.
 */
@Schema(description = "A series and how to chart it")
public record SpcRequest(
        @Schema(description = "increase, decrease or neutral", requiredMode = Schema.RequiredMode.REQUIRED)
                String direction,
        @Schema(description = "Target for the assurance (not with neutral)") Double target,
        @Schema(description = "Points in a shift (default 7)") Integer shiftRun,
        @Schema(description = "Points in a trend (default 7)") Integer trendRun,
        @Schema(description = "Fix the limits on each segment's first N points") Integer fixAfter,
        @Schema(description = "Periods that start a new segment with its own limits") List<String> rebase,
        @Schema(description = "Screen out moving ranges of at least 3.267 x their mean (default true)")
                Boolean screenOutliers,
        @Schema(description = "The series in time order", requiredMode = Schema.RequiredMode.REQUIRED)
                List<PointRequest> points) {

    public record PointRequest(String period, Double value) {}

    static final Set<String> FIELDS =
            Set.of("direction", "target", "shiftRun", "trendRun", "fixAfter", "rebase", "screenOutliers", "points");

    static final Set<String> POINT_FIELDS = Set.of("period", "value");

    SpcOptions options() {
        return new SpcOptions(
                ImprovementDirection.fromCode(direction),
                target,
                shiftRun == null ? SpcOptions.DEFAULT_RUN : shiftRun,
                trendRun == null ? SpcOptions.DEFAULT_RUN : trendRun,
                fixAfter,
                rebase,
                screenOutliers == null || screenOutliers);
    }

    List<String> periods() {
        return points.stream().map(PointRequest::period).toList();
    }

    List<Double> values() {
        return points.stream().map(PointRequest::value).toList();
    }

    /**
     * The request in a JSON body; an {@link IllegalArgumentException} naming the field otherwise, and
     * {@link TooManyPoints} for a series longer than {@code maxPoints}.
     */
    static SpcRequest read(JsonNode body, int maxPoints) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with direction and points");
        }
        unknownFields(body, FIELDS, "");
        JsonNode direction = body.get("direction");
        if (absent(direction)) {
            throw new IllegalArgumentException("direction is required: increase, decrease or neutral");
        }
        if (!direction.isTextual()) {
            throw new IllegalArgumentException("direction must be a string: increase, decrease or neutral");
        }
        return new SpcRequest(
                direction.asText(),
                number(body.get("target"), "target"),
                wholeNumber(body.get("shiftRun"), "shiftRun"),
                wholeNumber(body.get("trendRun"), "trendRun"),
                wholeNumber(body.get("fixAfter"), "fixAfter"),
                strings(body.get("rebase"), "rebase"),
                bool(body.get("screenOutliers"), "screenOutliers"),
                points(body.get("points"), maxPoints));
    }

    /** A series longer than the API charts. */
    static final class TooManyPoints extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyPoints(int points, int maxPoints) {
            super("the series has " + String.format("%,d", points) + " points; the API charts at most "
                    + String.format("%,d", maxPoints) + ". Send the latest " + String.format("%,d", maxPoints)
                    + " or fewer, or chart longer series with ./oversight spc");
        }
    }

    private static List<PointRequest> points(JsonNode points, int maxPoints) {
        if (absent(points)) {
            throw new IllegalArgumentException("points is required: [{\"period\":\"2024-04\",\"value\":12.3}, …]");
        }
        if (!points.isArray()) {
            throw new IllegalArgumentException("points must be an array of {\"period\":…,\"value\":…}");
        }
        if (points.size() > maxPoints) {
            throw new TooManyPoints(points.size(), maxPoints);
        }
        List<PointRequest> read = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            JsonNode point = points.get(i);
            String name = "points[" + i + "]";
            if (!point.isObject()) {
                throw new IllegalArgumentException(name + " must be an object {\"period\":…,\"value\":…}");
            }
            unknownFields(point, POINT_FIELDS, name + ".");
            JsonNode period = point.get("period");
            if (absent(period) || !period.isTextual()) {
                throw new IllegalArgumentException(name + ".period is required and must be a string");
            }
            Double value = number(point.get("value"), name + ".value");
            if (value == null) {
                throw new IllegalArgumentException(name + ".value is required");
            }
            read.add(new PointRequest(period.asText(), value));
        }
        return read;
    }

    private static void unknownFields(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown field " + prefix + name + "; the fields are "
                        + known.stream().sorted().toList());
            }
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static Double number(JsonNode node, String name) {
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(name + " must be a number, not " + node);
        }
        return node.asDouble();
    }

    private static Integer wholeNumber(JsonNode node, String name) {
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + node);
        }
        return node.asInt();
    }

    private static Boolean bool(JsonNode node, String name) {
        if (absent(node)) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false, not " + node);
        }
        return node.asBoolean();
    }

    private static List<String> strings(JsonNode node, String name) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(name + " must be an array of periods");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException(name + " must be an array of periods (strings), not " + node);
            }
            strings.add(element.asText());
        }
        return strings;
    }
}
