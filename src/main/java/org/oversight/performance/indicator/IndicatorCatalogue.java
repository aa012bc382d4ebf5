package org.oversight.performance.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The indicators of {@code performance/indicators.yaml} and which plan measure reads which. Read and
 * checked once at start-up: a bad entry stops the application with a message naming it.
 */
@Component
public class IndicatorCatalogue {

    /** The crime types data.police.uk publishes; anything else in the catalogue is a mistake. */
    public static final Set<String> CRIME_TYPES = Set.of(
            "Anti-social behaviour",
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences");

    /** A measure's link: the indicator it reads, or why it reads none. */
    public record Link(Indicator indicator, String noIndicatorReason) {}

    private final String force;
    private final Map<String, Indicator> indicators;
    private final Map<String, Link> links;

    public IndicatorCatalogue() {
        this(new ClassPathResource("performance/indicators.yaml"));
    }

    IndicatorCatalogue(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Parsed parsed = parse(root);
            this.force = parsed.force;
            this.indicators = parsed.indicators;
            this.links = parsed.links;
        } catch (IOException e) {
            throw new IndicatorCatalogueInvalid("cannot read performance/indicators.yaml: " + e.getMessage());
        }
    }

    /** Reads a catalogue from YAML text; for tests. */
    public static IndicatorCatalogue of(String yaml) {
        return new IndicatorCatalogue(parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml)));
    }

    private IndicatorCatalogue(Parsed parsed) {
        this.force = parsed.force;
        this.indicators = parsed.indicators;
        this.links = parsed.links;
    }

    /** The force (data.police.uk slug) whose data the example plans read. */
    public String force() {
        return force;
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /** The link of a plan version's measure, or empty when the catalogue does not mention it. */
    public Optional<Link> link(String planKey, String versionLabel, String measureRef) {
        return Optional.ofNullable(links.get(key(planKey, versionLabel, measureRef)));
    }

    /** The refs of the measures of a plan version the catalogue links (to an indicator, or to none with a reason). */
    public List<String> linkedMeasures(String planKey, String versionLabel) {
        String prefix = key(planKey, versionLabel, "");
        return links.keySet().stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length()))
                .toList();
    }

    /** The plan versions the catalogue links measures of, as "plan key" → version labels in file order. */
    public Map<String, List<String>> planVersions() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String key : links.keySet()) {
            String[] parts = key.split("\\|", 3);
            List<String> labels = result.computeIfAbsent(parts[0], k -> new ArrayList<>());
            if (!labels.contains(parts[1])) {
                labels.add(parts[1]);
            }
        }
        return result;
    }

    private static String key(String planKey, String versionLabel, String ref) {
        return planKey + "|" + versionLabel + "|" + ref;
    }

    private record Parsed(String force, Map<String, Indicator> indicators, Map<String, Link> links) {}

    private static Parsed parse(Object root) {
        Map<String, Object> doc = map(root, "the catalogue");
        String force = text(doc, "force", "the catalogue");
        List<String> positive = strings(doc.get("positiveOutcomes"), "positiveOutcomes");
        if (positive.isEmpty()) {
            throw new IndicatorCatalogueInvalid("indicators.yaml: positiveOutcomes must list at least one outcome");
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        int n = 0;
        for (Object item : list(doc.get("indicators"), "indicators")) {
            n++;
            String where = "indicator " + n;
            Map<String, Object> entry = map(item, where);
            String code = text(entry, "code", where);
            where = "indicator '" + code + "'";
            String name = text(entry, "name", where);
            MeasureUnit unit;
            try {
                unit = MeasureUnit.fromCode(text(entry, "unit", where));
            } catch (IllegalArgumentException e) {
                throw new IndicatorCatalogueInvalid(
                        "indicators.yaml: " + where + ": unknown unit " + entry.get("unit"));
            }
            Aggregation aggregation;
            try {
                aggregation =
                        Aggregation.valueOf(text(entry, "aggregation", where).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IndicatorCatalogueInvalid("indicators.yaml: " + where + ": aggregation must be sum, ratio or"
                        + " latest, not " + entry.get("aggregation"));
            }
            Map<String, Object> source = map(entry.get("source"), where + " source");
            String kind = text(source, "kind", where + " source");
            Indicator.Source parsedSource;
            switch (kind) {
                case "police-street-count" -> {
                    List<String> types = crimeTypes(source, where);
                    parsedSource = new Indicator.StreetCount(
                            types, strings(source.getOrDefault("lastOutcomes", List.of()), where + " lastOutcomes"));
                    require(
                            aggregation == Aggregation.SUM,
                            where + ": a police street count must have aggregation sum");
                }
                case "police-positive-outcome-rate" -> {
                    parsedSource = new Indicator.PositiveOutcomeRate(crimeTypes(source, where), positive);
                    require(
                            aggregation == Aggregation.RATIO,
                            where + ": a positive outcome rate must have aggregation ratio");
                    require(unit == MeasureUnit.PERCENT, where + ": a positive outcome rate must have unit percent");
                }
                case "police-rate-per-1000" -> {
                    parsedSource = new Indicator.PopulationRate(
                            crimeTypes(source, where), text(source, "forcePopulationArea", where + " source"));
                    require(
                            aggregation == Aggregation.SUM,
                            where + ": a rate per 1,000 population must have aggregation sum");
                    require(
                            unit == MeasureUnit.RATE_PER_1000,
                            where + ": a rate per 1,000 population must have unit rate-per-1000");
                }
                case "observation" ->
                    parsedSource = new Indicator.ObservationSeries(text(source, "observation", where + " source"));
                default ->
                    throw new IndicatorCatalogueInvalid("indicators.yaml: " + where
                            + ": source kind must be police-street-count, police-positive-outcome-rate,"
                            + " police-rate-per-1000 or observation,"
                            + " not '" + kind + "'");
            }
            if (indicators.put(code, new Indicator(code, name, unit, aggregation, parsedSource)) != null) {
                throw new IndicatorCatalogueInvalid("indicators.yaml: indicator '" + code + "' is defined twice");
            }
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (Object item : list(doc.get("links"), "links")) {
            Map<String, Object> entry = map(item, "a link");
            String plan = text(entry, "plan", "a link");
            String version = text(entry, "version", "the link of plan '" + plan + "'");
            String where = "links of plan '" + plan + "' version '" + version + "'";
            Map<String, Object> measures = map(entry.getOrDefault("measures", Map.of()), where);
            for (Map.Entry<String, Object> m : measures.entrySet()) {
                String code = String.valueOf(m.getValue());
                Indicator indicator = indicators.get(code);
                if (indicator == null) {
                    throw new IndicatorCatalogueInvalid("indicators.yaml: " + where + ": measure '" + m.getKey()
                            + "' names unknown indicator '" + code + "'");
                }
                links.put(key(plan, version, m.getKey()), new Link(indicator, null));
            }
            Map<String, Object> none = map(entry.getOrDefault("noIndicator", Map.of()), where + " noIndicator");
            for (Map.Entry<String, Object> m : none.entrySet()) {
                if (links.put(key(plan, version, m.getKey()), new Link(null, String.valueOf(m.getValue()))) != null) {
                    throw new IndicatorCatalogueInvalid(
                            "indicators.yaml: " + where + ": measure '" + m.getKey() + "' is linked twice");
                }
            }
        }
        return new Parsed(force, Collections.unmodifiableMap(indicators), Collections.unmodifiableMap(links));
    }

    private static List<String> crimeTypes(Map<String, Object> source, String where) {
        List<String> types = strings(source.getOrDefault("crimeTypes", List.of()), where + " crimeTypes");
        for (String type : types) {
            require(CRIME_TYPES.contains(type), where + ": '" + type + "' is not a data.police.uk crime type");
        }
        return types;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IndicatorCatalogueInvalid("indicators.yaml: " + message);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IndicatorCatalogueInvalid("indicators.yaml: " + where + " must be a mapping");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> items)) {
            throw new IndicatorCatalogueInvalid("indicators.yaml: " + where + " must be a list");
        }
        return items;
    }

    private static List<String> strings(Object value, String where) {
        List<String> result = new ArrayList<>();
        for (Object item : list(value, where)) {
            result.add(String.valueOf(item));
        }
        return result;
    }

    private static String text(Map<String, Object> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IndicatorCatalogueInvalid("indicators.yaml: " + where + " has no " + field);
        }
        return String.valueOf(value);
    }
}
