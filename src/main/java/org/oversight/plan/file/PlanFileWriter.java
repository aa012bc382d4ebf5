package org.oversight.plan.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.TargetCodec;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes plans in the plan file format; what it writes, {@link PlanFileReader} reads back unchanged. */
public final class PlanFileWriter {

    public String write(Plan plan, List<PlanVersion> versions) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "oversight-plan/1");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("key", plan.key());
        header.put("title", plan.title());
        header.put("force", plan.force());
        putIfPresent(header, "issuedBy", plan.issuedBy());
        if (plan.termFrom() != null || plan.termTo() != null) {
            Map<String, Object> term = new LinkedHashMap<>();
            putIfPresent(term, "from", plan.termFrom());
            putIfPresent(term, "to", plan.termTo());
            header.put("term", term);
        }
        putIfPresent(header, "source", plan.source());
        document.put("plan", header);
        List<Object> versionList = new ArrayList<>();
        for (PlanVersion version : versions) {
            versionList.add(version(version));
        }
        document.put("versions", versionList);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(true);
        return "# Exported by Oversight. Format: docs/plan-file-format.md\n" + new Yaml(options).dump(document);
    }

    private static Map<String, Object> version(PlanVersion version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", version.label());
        putIfPresent(map, "date", version.issuedOn());
        putIfPresent(map, "variationOf", version.variationOf());
        putIfPresent(map, "note", version.note());
        List<Object> objectives = new ArrayList<>();
        for (Objective objective : version.objectives()) {
            Map<String, Object> o = new LinkedHashMap<>();
            putIfPresent(o, "number", objective.number());
            o.put("title", objective.title());
            putIfPresent(o, "section", objective.section());
            putIfPresent(o, "description", objective.description());
            putIfPresent(o, "reasonsForChange", objective.reasonsForChange());
            if (!objective.commitments().isEmpty()) {
                List<Object> commitments = new ArrayList<>();
                objective.commitments().forEach(c -> commitments.add(commitment(c)));
                o.put("commitments", commitments);
            }
            if (!objective.measures().isEmpty()) {
                List<Object> measures = new ArrayList<>();
                objective.measures().forEach(m -> measures.add(measure(m)));
                o.put("measures", measures);
            }
            objectives.add(o);
        }
        map.put("objectives", objectives);
        return map;
    }

    private static Map<String, Object> commitment(Commitment commitment) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfPresent(map, "ref", commitment.ref());
        putIfPresent(map, "heading", commitment.heading());
        map.put("text", commitment.text());
        putLeads(map, commitment.leads());
        if (commitment.cadence() != null) {
            map.put("cadence", commitment.cadence().code());
        }
        putIfPresent(map, "start", commitment.startOn());
        putIfPresent(map, "due", commitment.dueOn());
        return map;
    }

    private static Map<String, Object> measure(Measure measure) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfPresent(map, "ref", measure.ref());
        putIfPresent(map, "heading", measure.heading());
        map.put("text", measure.text());
        map.put("direction", measure.direction().code());
        if (measure.unit() != null) {
            map.put("unit", measure.unit().code());
        }
        putLeads(map, measure.leads());
        if (!"monitor".equals(measure.target().kind())) {
            map.put("target", plainNumbers(TargetCodec.toMap(measure.target())));
        }
        putIfPresent(map, "baselineInferred", measure.baselineInferred());
        if (measure.targetFromCommitment()) {
            map.put("targetFromCommitment", true);
        }
        putIfPresent(map, "indicator", measure.indicator());
        putIfPresent(map, "noIndicator", measure.noIndicatorReason());
        return map;
    }

    private static void putLeads(Map<String, Object> map, List<String> leads) {
        if (leads.size() == 1) {
            map.put("lead", leads.get(0));
        } else if (leads.size() > 1) {
            map.put("lead", leads);
        }
    }

    /** YAML has no decimal type: whole numbers are written as integers, others as decimals. */
    @SuppressWarnings("unchecked")
    private static Object plainNumbers(Object value) {
        if (value instanceof BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            return stripped.scale() <= 0 ? (Object) stripped.toBigIntegerExact() : (Object) stripped.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, plainNumbers(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlanFileWriter::plainNumbers).toList();
        }
        return value;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
