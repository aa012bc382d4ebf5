package org.oversight.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of other modules about plan measures, which the plan pages link to: another module (the
 * performance pages) tells the register which measures of which version have a page and how its
 * address is built, so the plan module links to them without depending on that module.
 */
@Component
public class MeasureLinks {

    /** A link as the plan page shows it beside a measure. */
    public record Link(String text, String href) {}

    private record Template(String text, String uriTemplate) {}

    private final Map<String, List<Template>> templates = new ConcurrentHashMap<>();
    private final List<Template> everyMeasure = new CopyOnWriteArrayList<>();

    /** Links every measure that has a ref (now or later) to the page {@code uriTemplate} names (see {@link #add}). */
    public void addForEveryMeasure(String text, String uriTemplate) {
        everyMeasure.add(new Template(text, uriTemplate));
    }

    /**
     * Links each of {@code measureRefs} of a plan version to the page {@code uriTemplate} names, whose
     * variables are {@code {plan}}, {@code {version}}, {@code {objective}} (the objective's number)
     * and {@code {measure}} (the measure's ref).
     */
    public void add(
            String text, String planKey, String versionLabel, Collection<String> measureRefs, String uriTemplate) {
        for (String ref : measureRefs) {
            templates
                    .computeIfAbsent(key(planKey, versionLabel, ref), k -> new CopyOnWriteArrayList<>())
                    .add(new Template(text, uriTemplate));
        }
    }

    /** The links of a measure; none for a measure without a ref or objective number (no page can name it). */
    public List<Link> of(String planKey, String versionLabel, String objectiveNumber, String measureRef) {
        if (measureRef == null || objectiveNumber == null) {
            return List.of();
        }
        List<Template> all = new java.util.ArrayList<>(everyMeasure);
        for (Template template : templates.getOrDefault(key(planKey, versionLabel, measureRef), List.of())) {
            if (!all.contains(template)) {
                all.add(template);
            }
        }
        return all.stream()
                .map(template -> new Link(
                        template.text(),
                        UriComponentsBuilder.fromUriString(template.uriTemplate())
                                .encode()
                                .buildAndExpand(Map.of(
                                        "plan", planKey,
                                        "version", versionLabel,
                                        "objective", objectiveNumber,
                                        "measure", measureRef))
                                .toUriString()))
                .toList();
    }

    private static String key(String planKey, String versionLabel, String ref) {
        return planKey + "\u0000" + versionLabel + "\u0000" + ref;
    }
}
