package org.oversight.performance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.performance.indicator.IndicatorProblem;
import org.oversight.performance.indicator.SourceKind;
import org.oversight.plan.MeasureUnit;
import org.oversight.policedata.StopSearchField;
import org.springframework.util.MultiValueMap;

/**
 * The form for one kind of indicator source: what it asks, what was entered or chosen, and what is
 * wrong with it. It reads the request's fields into a definition in the indicator file's words (the
 * one vocabulary {@code IndicatorCodec} reads) and shows a definition back.
 *
 * @param choices the groups of checkboxes (crime types, outcomes, stop and search values)
 * @param errors each problem, by the id of the field it is about
 */
record IndicatorForm(
        SourceKind kind,
        boolean editing,
        String code,
        String name,
        String description,
        String note,
        String unit,
        String aggregation,
        String observation,
        String forcePopulationArea,
        List<Choices> choices,
        Map<String, String> errors) {

    /**
     * The positive outcomes offered ticked for a new positive outcome rate: every last outcome in which
     * an offender was charged, summonsed, cautioned or otherwise dealt with (docs/performance.md).
     */
    static final List<String> USUAL_POSITIVE_OUTCOMES = List.of(
            "Offender sent to prison",
            "Offender given suspended prison sentence",
            "Offender given community sentence",
            "Offender fined",
            "Offender given conditional discharge",
            "Offender given a caution",
            "Offender given penalty notice",
            "Offender given a drugs possession warning",
            "Offender otherwise dealt with",
            "Offender ordered to pay compensation",
            "Offender deprived of property",
            "Local resolution",
            "Suspect charged as part of another case",
            "Defendant sent to Crown Court",
            "Awaiting court outcome");

    /**
     * A group of checkboxes: {@code name} is the request field, {@code id} the first box's id (for errors),
     * {@code summary} its short name on the closed list, {@code heading} a heading shown before it when it
     * begins a set of lists (the stop and search filters), otherwise null.
     */
    record Choices(
            String id,
            String name,
            String legend,
            String summary,
            String heading,
            String hint,
            List<Option> options,
            String error) {
        public long chosen() {
            return options.stream().filter(Option::checked).count();
        }
    }

    /** One checkbox. */
    record Option(String id, String value, String label, boolean checked) {}

    /** What the checkboxes may offer: the known values of each list. */
    record Options(List<String> crimeTypes, List<String> outcomes, Map<StopSearchField, List<String>> stopSearch) {}

    /** Whether the form has a problem (public: the template calls it). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The units an observation indicator may be in. */
    static List<MeasureUnit> units() {
        return List.of(MeasureUnit.values());
    }

    /** The form showing a definition (in the file's words), with the problems found in it. */
    @SuppressWarnings("unchecked")
    static IndicatorForm of(
            SourceKind kind,
            boolean editing,
            Map<String, Object> definition,
            String note,
            Options options,
            List<IndicatorProblem> problems) {
        Map<String, Object> source = (Map<String, Object>) definition.getOrDefault("source", Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        for (IndicatorProblem problem : problems) {
            String id = fieldId(problem.field());
            String message = problem.message();
            String label = label(id);
            errors.putIfAbsent(
                    id,
                    message.startsWith("is ") || message.startsWith("must ")
                            ? label + " " + message
                            : label + ": " + message);
        }
        List<Choices> choices = new ArrayList<>();
        switch (kind) {
            case POLICE_STREET_COUNT -> {
                choices.add(crimeTypes(source, options, errors));
                choices.add(choices(
                        "lastOutcomes",
                        "Only crimes with one of these last outcomes (optional)",
                        "None ticked: every crime of the types, whatever its outcome.",
                        options.outcomes(),
                        list(source.get("lastOutcomes")),
                        errors));
            }
            case POLICE_POSITIVE_OUTCOME_RATE -> {
                choices.add(crimeTypes(source, options, errors));
                choices.add(choices(
                        "positiveOutcomes",
                        "Positive outcomes",
                        "The rate is the percentage of the crimes whose last outcome is one of these.",
                        options.outcomes(),
                        editing || definition.containsKey("code")
                                ? list(source.get("positiveOutcomes"))
                                : USUAL_POSITIVE_OUTCOMES,
                        errors));
            }
            case POLICE_RATE_PER_1000 -> choices.add(crimeTypes(source, options, errors));
            case STOP_AND_SEARCH_COUNT -> stopSearch("searches", source, options, errors, choices, "Searches counted");
            case STOP_AND_SEARCH_RATE -> {
                stopSearch("searches", source, options, errors, choices, "Searches the rate is of");
                stopSearch("counted", source, options, errors, choices, "Of those, the ones counted");
            }
            case OBSERVATION -> {}
        }
        return new IndicatorForm(
                kind,
                editing,
                text(definition.get("code")),
                text(definition.get("name")),
                text(definition.get("description")),
                note == null ? "" : note,
                text(definition.get("unit")),
                text(definition.get("aggregation")),
                text(source.get("observation")),
                text(source.get("forcePopulationArea")),
                choices,
                errors);
    }

    /**
     * The definition the request's fields give, in the indicator file's words; {@code code} is the
     * indicator's when editing (its code cannot change).
     */
    static Map<String, Object> definition(SourceKind kind, MultiValueMap<String, String> fields, String code) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("code", code != null ? code : first(fields, "code"));
        definition.put("name", first(fields, "name"));
        if (kind == SourceKind.OBSERVATION) {
            definition.put("unit", first(fields, "unit"));
            definition.put("aggregation", first(fields, "aggregation"));
        }
        String description = first(fields, "description");
        if (!description.isBlank()) {
            definition.put("description", description);
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", kind.code());
        switch (kind) {
            case POLICE_STREET_COUNT -> {
                source.put("crimeTypes", all(fields, "crimeTypes"));
                List<String> outcomes = all(fields, "lastOutcomes");
                if (!outcomes.isEmpty()) {
                    source.put("lastOutcomes", outcomes);
                }
            }
            case POLICE_POSITIVE_OUTCOME_RATE -> {
                source.put("crimeTypes", all(fields, "crimeTypes"));
                source.put("positiveOutcomes", all(fields, "positiveOutcomes"));
            }
            case POLICE_RATE_PER_1000 -> {
                source.put("crimeTypes", all(fields, "crimeTypes"));
                source.put("forcePopulationArea", first(fields, "forcePopulationArea"));
            }
            case OBSERVATION -> {
                String observation = first(fields, "observation");
                if (!observation.isBlank()) {
                    source.put("observation", observation);
                }
            }
            case STOP_AND_SEARCH_COUNT -> putFilter(source, "searches", fields, false);
            case STOP_AND_SEARCH_RATE -> {
                putFilter(source, "searches", fields, false);
                putFilter(source, "counted", fields, true);
            }
        }
        definition.put("source", source);
        return definition;
    }

    private static void putFilter(
            Map<String, Object> source, String name, MultiValueMap<String, String> fields, boolean always) {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (StopSearchField field : StopSearchField.values()) {
            List<String> values = fields.get(name + "." + field.code());
            if (values != null && !values.isEmpty()) {
                filter.put(field.code(), List.copyOf(values));
            }
        }
        if (always || !filter.isEmpty()) {
            source.put(name, filter);
        }
    }

    private static Choices crimeTypes(Map<String, Object> source, Options options, Map<String, String> errors) {
        return choices(
                "crimeTypes",
                "Crime types",
                "None ticked: every crime type (anti-social behaviour included).",
                options.crimeTypes(),
                list(source.get("crimeTypes")),
                errors);
    }

    @SuppressWarnings("unchecked")
    private static void stopSearch(
            String name,
            Map<String, Object> source,
            Options options,
            Map<String, String> errors,
            List<Choices> choices,
            String heading) {
        Map<String, Object> filter = (Map<String, Object>) source.getOrDefault(name, Map.of());
        boolean first = true;
        for (StopSearchField field : StopSearchField.values()) {
            List<String> offered = new ArrayList<>(options.stopSearch().getOrDefault(field, List.of()));
            offered.add("");
            Choices list = choices(
                    name + "." + field.code(),
                    heading + ": " + field.label().toLowerCase(Locale.UK),
                    "None ticked: any " + field.label().toLowerCase(Locale.UK) + ".",
                    offered,
                    list(filter.get(field.code())),
                    errors);
            choices.add(new Choices(
                    list.id(),
                    list.name(),
                    list.legend(),
                    field.label(),
                    first ? heading : null,
                    list.hint(),
                    list.options(),
                    list.error()));
            first = false;
        }
    }

    private static Choices choices(
            String name,
            String legend,
            String hint,
            List<String> offered,
            List<String> chosen,
            Map<String, String> errors) {
        Set<String> values = new LinkedHashSet<>(offered);
        values.addAll(chosen);
        List<Option> options = new ArrayList<>();
        int i = 0;
        String id = name.replace('.', '-');
        for (String value : values) {
            options.add(new Option(
                    i == 0 ? id : id + "-" + i,
                    value,
                    value.isEmpty() ? "Not recorded (blank)" : value,
                    chosen.contains(value)));
            i++;
        }
        return new Choices(id, name, legend, legend, null, hint, options, errors.get(id));
    }

    /** The form field a problem's field names: {@code source.searches.legislation[2]} → {@code searches-legislation}. */
    static String fieldId(String field) {
        String id = field.startsWith("source.") ? field.substring("source.".length()) : field;
        int bracket = id.indexOf('[');
        if (bracket >= 0) {
            id = id.substring(0, bracket);
        }
        if (id.equals("kind")) {
            return "name";
        }
        return id.replace('.', '-');
    }

    private static List<String> list(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String first(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A field's name in the error summary. */
    private static String label(String id) {
        for (String filter : List.of("searches", "counted")) {
            if (id.startsWith(filter + "-")) {
                String field = StopSearchField.fromCode(id.substring(filter.length() + 1))
                        .map(f -> f.label().toLowerCase(Locale.UK))
                        .orElse(id.substring(filter.length() + 1));
                return (filter.equals("searches") ? "Searches" : "Searches counted") + " by " + field;
            }
        }
        return switch (id) {
            case "code" -> "The code";
            case "name" -> "The name";
            case "unit" -> "The unit";
            case "aggregation" -> "How months combine";
            case "description" -> "The description";
            case "crimeTypes" -> "Crime types";
            case "lastOutcomes" -> "Last outcomes";
            case "positiveOutcomes" -> "Positive outcomes";
            case "forcePopulationArea" -> "The force's population area";
            case "observation" -> "The observation series";
            case "searches" -> "The searches";
            case "counted" -> "The searches counted";
            default -> id;
        };
    }
}
