package org.oversight.performance.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;
import org.oversight.policedata.StopSearchField;
import org.oversight.policedata.StopSearchFilter;

/**
 * An indicator's definition as a map in the words of the indicator file ({@code code}, {@code name},
 * {@code unit}, {@code aggregation}, {@code description}, {@code source: {kind: …}}), both ways: the
 * one vocabulary of files, the API, the database and the forms. Reading checks the shape and says
 * what is wrong where ({@code source.crimeTypes[2]}); {@link IndicatorRules} checks the values against
 * what data.police.uk publishes.
 */
public final class IndicatorCodec {

    /** Lower-case words joined by '-', as plan keys are. */
    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Codes that would be read as the indicator pages' own addresses ({@code /indicators/new}). */
    private static final Set<String> RESERVED = Set.of("new", "import", "export", "file");

    private static final Set<String> FIELDS = Set.of("code", "name", "unit", "aggregation", "description", "source");

    private IndicatorCodec() {}

    /** The definition as a map, in the order files write it. */
    public static Map<String, Object> toMap(Indicator indicator) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", indicator.code());
        map.put("name", indicator.name());
        map.put("unit", indicator.unit().code());
        map.put("aggregation", indicator.aggregation().name().toLowerCase(Locale.ROOT));
        if (indicator.description() != null) {
            map.put("description", indicator.description());
        }
        map.put("source", source(indicator.source()));
        return map;
    }

    private static Map<String, Object> source(Indicator.Source source) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", source.kind().code());
        if (source instanceof Indicator.StreetCount count) {
            map.put("crimeTypes", count.crimeTypes());
            if (!count.lastOutcomes().isEmpty()) {
                map.put("lastOutcomes", count.lastOutcomes());
            }
        } else if (source instanceof Indicator.PositiveOutcomeRate rate) {
            map.put("crimeTypes", rate.crimeTypes());
            map.put("positiveOutcomes", rate.positiveOutcomes());
        } else if (source instanceof Indicator.PopulationRate rate) {
            map.put("crimeTypes", rate.crimeTypes());
            map.put("forcePopulationArea", rate.forcePopulationArea());
        } else if (source instanceof Indicator.ObservationSeries observed) {
            map.put("observation", observed.observationCode());
        } else if (source instanceof Indicator.StopSearchCount count) {
            if (!count.searches().values().isEmpty()) {
                map.put("searches", filter(count.searches()));
            }
        } else if (source instanceof Indicator.StopSearchRate rate) {
            if (!rate.searches().values().isEmpty()) {
                map.put("searches", filter(rate.searches()));
            }
            map.put("counted", filter(rate.counted()));
        }
        return map;
    }

    private static Map<String, Object> filter(StopSearchFilter filter) {
        Map<String, Object> map = new LinkedHashMap<>();
        filter.values().forEach((field, values) -> map.put(field.code(), List.copyOf(values)));
        return map;
    }

    /**
     * Reads a definition, adding every problem found to {@code problems} (fields relative to the
     * indicator: {@code name}, {@code source.crimeTypes[2]}); null when there is any.
     */
    public static Indicator fromMap(Map<?, ?> map, int version, List<IndicatorProblem> problems) {
        int before = problems.size();
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                problems.add(new IndicatorProblem(
                        String.valueOf(key),
                        "is not a field of an indicator; use code, name, unit, aggregation, description and source"));
            }
        }
        String code = text(map, "code", problems, true);
        if (code != null && (!code.matches(CODE_PATTERN) || code.length() > 80)) {
            problems.add(new IndicatorProblem(
                    "code", "use lower-case letters and digits in words joined by '-' (at most 80), such as burglary"));
        } else if (code != null && RESERVED.contains(code)) {
            problems.add(new IndicatorProblem("code", "'" + code + "' names a page of the indicators: choose another"));
        }
        String name = text(map, "name", problems, true);
        if (name != null && name.length() > 200) {
            problems.add(new IndicatorProblem("name", "is longer than 200 characters"));
        }
        String description = text(map, "description", problems, false);
        Object sourceValue = map.get("source");
        if (!(sourceValue instanceof Map<?, ?> sourceMap)) {
            problems.add(new IndicatorProblem("source", sourceValue == null ? "is required" : "must be a mapping"));
            return null;
        }
        String kindCode = text(sourceMap, "kind", "source.kind", problems, true);
        if (kindCode == null) {
            return null;
        }
        Optional<SourceKind> kind = SourceKind.fromCode(kindCode);
        if (kind.isEmpty()) {
            problems.add(new IndicatorProblem(
                    "source.kind",
                    "'" + kindCode + "' is not a kind of source; use one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(SourceKind.values())
                                            .map(SourceKind::code)
                                            .toList())));
            return null;
        }
        MeasureUnit unit = unit(map, kind.get(), problems);
        Aggregation aggregation = aggregation(map, kind.get(), problems);
        Indicator.Source source = source(sourceMap, kind.get(), code, problems);
        if (problems.size() > before || code == null || name == null || unit == null || aggregation == null) {
            return null;
        }
        return new Indicator(code, version, name, unit, aggregation, source, description);
    }

    private static MeasureUnit unit(Map<?, ?> map, SourceKind kind, List<IndicatorProblem> problems) {
        String written = text(map, "unit", problems, kind.unit() == null);
        if (written == null) {
            return kind.unit();
        }
        MeasureUnit unit;
        try {
            unit = MeasureUnit.fromCode(written);
        } catch (IllegalArgumentException e) {
            problems.add(new IndicatorProblem(
                    "unit",
                    "'" + written + "' is not a unit; use one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(MeasureUnit.values())
                                            .map(MeasureUnit::code)
                                            .toList())));
            return null;
        }
        if (kind.unit() != null && unit != kind.unit()) {
            problems.add(new IndicatorProblem(
                    "unit",
                    "a " + kind.code() + " source gives figures in "
                            + kind.unit().code() + ", not " + unit.code()));
            return null;
        }
        return unit;
    }

    private static Aggregation aggregation(Map<?, ?> map, SourceKind kind, List<IndicatorProblem> problems) {
        String written = text(map, "aggregation", problems, kind.aggregation() == null);
        if (written == null) {
            return kind.aggregation();
        }
        Aggregation aggregation;
        try {
            aggregation = Aggregation.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new IndicatorProblem("aggregation", "must be sum, ratio or latest, not '" + written + "'"));
            return null;
        }
        if (kind.aggregation() != null && aggregation != kind.aggregation()) {
            problems.add(new IndicatorProblem(
                    "aggregation",
                    "a " + kind.code() + " source combines months by "
                            + kind.aggregation().name().toLowerCase(Locale.ROOT) + ", not " + written));
            return null;
        }
        return aggregation;
    }

    private static Indicator.Source source(
            Map<?, ?> source, SourceKind kind, String code, List<IndicatorProblem> problems) {
        Set<String> allowed =
                switch (kind) {
                    case POLICE_STREET_COUNT -> Set.of("kind", "crimeTypes", "lastOutcomes");
                    case POLICE_POSITIVE_OUTCOME_RATE -> Set.of("kind", "crimeTypes", "positiveOutcomes");
                    case POLICE_RATE_PER_1000 -> Set.of("kind", "crimeTypes", "forcePopulationArea");
                    case OBSERVATION -> Set.of("kind", "observation");
                    case STOP_AND_SEARCH_COUNT -> Set.of("kind", "searches");
                    case STOP_AND_SEARCH_RATE -> Set.of("kind", "searches", "counted");
                };
        for (Object key : source.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problems.add(new IndicatorProblem(
                        "source." + key,
                        "is not a field of a " + kind.code() + " source; it has "
                                + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
        return switch (kind) {
            case POLICE_STREET_COUNT ->
                new Indicator.StreetCount(
                        strings(source, "crimeTypes", problems, false),
                        strings(source, "lastOutcomes", problems, false));
            case POLICE_POSITIVE_OUTCOME_RATE ->
                new Indicator.PositiveOutcomeRate(
                        strings(source, "crimeTypes", problems, false),
                        strings(source, "positiveOutcomes", problems, true));
            case POLICE_RATE_PER_1000 -> {
                List<String> types = strings(source, "crimeTypes", problems, false);
                String area = text(source, "forcePopulationArea", "source.forcePopulationArea", problems, true);
                yield new Indicator.PopulationRate(types, area == null ? "" : area);
            }
            case OBSERVATION -> {
                String observation = text(source, "observation", "source.observation", problems, false);
                if (observation != null && (!observation.matches(CODE_PATTERN) || observation.length() > 80)) {
                    problems.add(new IndicatorProblem(
                            "source.observation",
                            "an observation series is named as an indicator code is: lower-case words joined by '-'"));
                }
                yield new Indicator.ObservationSeries(observation != null ? observation : code == null ? "" : code);
            }
            case STOP_AND_SEARCH_COUNT -> new Indicator.StopSearchCount(filter(source, "searches", problems, false));
            case STOP_AND_SEARCH_RATE ->
                new Indicator.StopSearchRate(
                        filter(source, "searches", problems, false), filter(source, "counted", problems, true));
        };
    }

    private static StopSearchFilter filter(
            Map<?, ?> source, String field, List<IndicatorProblem> problems, boolean required) {
        Object value = source.get(field);
        String path = "source." + field;
        if (value == null) {
            if (required) {
                problems.add(new IndicatorProblem(
                        path, "is required: name the field and values counted, such as outcome: [Arrest]"));
            }
            return StopSearchFilter.ALL;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new IndicatorProblem(path, "must be a mapping of stop and search fields to lists of values"));
            return StopSearchFilter.ALL;
        }
        if (required && map.isEmpty()) {
            problems.add(new IndicatorProblem(path, "must name at least one field and its values"));
        }
        StopSearchFilter filter = StopSearchFilter.ALL;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Optional<StopSearchField> stopSearchField = StopSearchField.fromCode(name);
            if (stopSearchField.isEmpty()) {
                problems.add(new IndicatorProblem(
                        path + "." + name,
                        "is not a stop and search field; use one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(StopSearchField.values())
                                                .map(StopSearchField::code)
                                                .toList())));
                continue;
            }
            List<String> values = strings(map, name, path + "." + name, problems, true);
            filter = filter.and(stopSearchField.get(), values);
        }
        return filter;
    }

    private static String text(Map<?, ?> map, String field, List<IndicatorProblem> problems, boolean required) {
        return text(map, field, field, problems, required);
    }

    private static String text(
            Map<?, ?> map, String field, String path, List<IndicatorProblem> problems, boolean required) {
        Object value = map.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                problems.add(new IndicatorProblem(path, "is required"));
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(new IndicatorProblem(path, "must be text"));
            return null;
        }
        return String.valueOf(value).strip();
    }

    private static List<String> strings(
            Map<?, ?> map, String field, List<IndicatorProblem> problems, boolean required) {
        return strings(map, field, "source." + field, problems, required);
    }

    private static List<String> strings(
            Map<?, ?> map, String field, String path, List<IndicatorProblem> problems, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                problems.add(new IndicatorProblem(path, "is required: list at least one value"));
            }
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(new IndicatorProblem(path, "must be a list"));
            return List.of();
        }
        if (required && items.isEmpty()) {
            problems.add(new IndicatorProblem(path, "must list at least one value"));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof Map<?, ?> || item instanceof List<?>) {
                problems.add(new IndicatorProblem(path + "[" + i + "]", "must be text"));
            } else if (result.contains(item == null ? "" : String.valueOf(item))) {
                problems.add(new IndicatorProblem(path + "[" + i + "]", "'" + item + "' is listed twice"));
            } else {
                result.add(item == null ? "" : String.valueOf(item));
            }
        }
        return result;
    }
}
