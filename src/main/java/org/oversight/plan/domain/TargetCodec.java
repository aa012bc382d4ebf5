package org.oversight.plan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.plan.Target;
import org.oversight.plan.Target.Change;
import org.oversight.plan.Target.Comparator;
import org.oversight.plan.Target.MaintainComparator;
import org.oversight.shared.ReportingPeriod;

/**
 * Targets to and from the plan file's vocabulary ({@code kind: change-by-percent, change: reduce,
 * percent: 2, baseline: "2013/14"}), as plain maps: the same shape serves YAML files and stored JSON.
 */
public final class TargetCodec {

    private TargetCodec() {}

    public static Map<String, Object> toMap(Target target) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", target.kind());
        if (target instanceof Target.ChangeByPercent t) {
            map.put("change", code(t.change()));
            map.put("percent", t.percent());
            map.put("baseline", t.baseline().code());
            putPeriod(map, "period", t.period());
        } else if (target instanceof Target.ChangeByAmount t) {
            map.put("change", code(t.change()));
            map.put("amount", t.amount());
            putPeriod(map, "baseline", t.baseline());
            putPeriod(map, "by", t.by());
        } else if (target instanceof Target.ChangeOnBaseline t) {
            map.put("change", code(t.change()));
            map.put("baseline", t.baseline().code());
            putPeriod(map, "period", t.period());
        } else if (target instanceof Target.Threshold t) {
            map.put("comparator", code(t.comparator()));
            map.put("value", t.value());
            putPeriod(map, "period", t.period());
        } else if (target instanceof Target.Reach t) {
            map.put("value", t.value());
            putPeriod(map, "by", t.by());
        } else if (target instanceof Target.Maintain t) {
            map.put("comparator", code(t.comparator()));
            if (t.value() != null) {
                map.put("value", t.value());
            }
            putPeriod(map, "baseline", t.baseline());
        } else if (target instanceof Target.BetterThanPeers t) {
            if (t.peerGroup() != null) {
                map.put("peerGroup", t.peerGroup());
            }
        } else if (target instanceof Target.Milestones t) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Target.Step step : t.steps()) {
                Map<String, Object> stepMap = new LinkedHashMap<>();
                stepMap.put("period", step.period().code());
                stepMap.put("target", toMap(step.target()));
                steps.add(stepMap);
            }
            map.put("steps", steps);
            if (t.overall() != null) {
                map.put("overall", toMap(t.overall()));
            }
        }
        // Monitor has no fields beyond its kind.
        return map;
    }

    /** Reads a target map; throws {@link IllegalArgumentException} naming the field when it is not valid. */
    @SuppressWarnings("unchecked")
    public static Target fromMap(Map<String, Object> map) {
        String kind = text(map, "kind");
        return switch (kind) {
            case "change-by-percent" ->
                new Target.ChangeByPercent(
                        enumValue(Change.class, map, "change"),
                        positive(map, "percent"),
                        period(map, "baseline", true),
                        period(map, "period", false));
            case "change-by-amount" ->
                new Target.ChangeByAmount(
                        enumValue(Change.class, map, "change"),
                        positive(map, "amount"),
                        period(map, "baseline", false),
                        period(map, "by", false));
            case "change-on-baseline" ->
                new Target.ChangeOnBaseline(
                        enumValue(Change.class, map, "change"),
                        period(map, "baseline", true),
                        period(map, "period", false));
            case "threshold" ->
                new Target.Threshold(
                        enumValue(Comparator.class, map, "comparator"),
                        decimal(map, "value", true),
                        period(map, "period", false));
            case "reach" -> new Target.Reach(decimal(map, "value", true), period(map, "by", false));
            case "maintain" -> {
                BigDecimal value = decimal(map, "value", false);
                ReportingPeriod baseline = period(map, "baseline", false);
                yield new Target.Maintain(enumValue(MaintainComparator.class, map, "comparator"), value, baseline);
            }
            case "better-than-peers" -> new Target.BetterThanPeers((String) map.get("peerGroup"));
            case "milestones" -> {
                Object stepsValue = map.get("steps");
                if (!(stepsValue instanceof List<?> stepList) || stepList.isEmpty()) {
                    throw new IllegalArgumentException("steps: at least one milestone is required");
                }
                List<Target.Step> steps = new ArrayList<>();
                for (Object item : stepList) {
                    Map<String, Object> step = (Map<String, Object>) item;
                    Target stepTarget = fromMap((Map<String, Object>) step.get("target"));
                    if (stepTarget instanceof Target.Milestones) {
                        throw new IllegalArgumentException("steps: a milestone cannot itself hold milestones");
                    }
                    steps.add(new Target.Step(period(step, "period", true), stepTarget));
                }
                Object overall = map.get("overall");
                yield new Target.Milestones(steps, overall == null ? null : fromMap((Map<String, Object>) overall));
            }
            case "monitor" -> new Target.Monitor();
            default -> throw new IllegalArgumentException("kind: unknown target kind '" + kind + "'");
        };
    }

    private static void putPeriod(Map<String, Object> map, String field, ReportingPeriod period) {
        if (period != null) {
            map.put(field, period.code());
        }
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> map, String field) {
        String value = text(map, field);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not allowed here", e);
        }
    }

    private static String text(Map<String, Object> map, String field) {
        Object value = map.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value.toString();
    }

    /** A figure below 10^15 (a budget of a trillion pounds fits); no more decimals than a page shows. */
    static final int MAX_WHOLE_DIGITS = 15;

    static final int MAX_DECIMAL_PLACES = 10;

    private static BigDecimal decimal(Map<String, Object> map, String field, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(field + ": is required");
            }
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a number", e);
        }
        // Written out in full wherever the target is shown: 1e999999999 would be a billion digits.
        if (number.signum() != 0 && number.precision() - number.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException(
                    field + ": '" + value + "' is too large; a target's figures are below" + " 1,000,000,000,000,000");
        }
        if (number.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException(
                    field + ": '" + value + "' has more than " + MAX_DECIMAL_PLACES + " decimal places");
        }
        return number;
    }

    private static BigDecimal positive(Map<String, Object> map, String field) {
        BigDecimal value = decimal(map, field, true);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + ": must be more than 0");
        }
        return value;
    }

    private static ReportingPeriod period(Map<String, Object> map, String field, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(field + ": is required");
            }
            return null;
        }
        try {
            return ReportingPeriod.parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
