package org.oversight.plan.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.shared.AuditJson;

/**
 * Plans, versions and their items as JSON, for the audit trail's before and after: the plan file's
 * own vocabulary (codes, not Java names), fields in a fixed order, dates in ISO 8601.
 */
final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanJson() {}

    static String of(Map<String, Object> document) {
        return AuditJson.of(document);
    }

    static Map<String, Object> plan(Plan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", plan.key());
        map.put("title", plan.title());
        map.put("force", plan.force());
        map.put("issuedBy", plan.issuedBy());
        map.put("termFrom", date(plan.termFrom()));
        map.put("termTo", date(plan.termTo()));
        map.put("source", plan.source());
        return map;
    }

    static Map<String, Object> versionDetails(PlanVersion version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", version.label());
        map.put("issuedOn", date(version.issuedOn()));
        map.put("variationOf", version.variationOf());
        map.put("note", version.note());
        return map;
    }

    static Map<String, Object> version(PlanVersion version) {
        Map<String, Object> map = versionDetails(version);
        map.put(
                "objectives",
                version.objectives().stream().map(PlanJson::objective).toList());
        return map;
    }

    static Map<String, Object> objectiveDetails(Objective objective) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", objective.number());
        map.put("title", objective.title());
        map.put("section", objective.section());
        map.put("description", objective.description());
        map.put("reasonsForChange", objective.reasonsForChange());
        return map;
    }

    static Map<String, Object> objective(Objective objective) {
        Map<String, Object> map = objectiveDetails(objective);
        map.put(
                "commitments",
                objective.commitments().stream().map(PlanJson::commitment).toList());
        map.put("measures", objective.measures().stream().map(PlanJson::measure).toList());
        return map;
    }

    static Map<String, Object> commitment(Commitment commitment) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ref", commitment.ref());
        map.put("heading", commitment.heading());
        map.put("text", commitment.text());
        map.put("leads", commitment.leads());
        map.put(
                "cadence",
                commitment.cadence() == null ? null : commitment.cadence().code());
        map.put("startOn", date(commitment.startOn()));
        map.put("dueOn", date(commitment.dueOn()));
        return map;
    }

    static Map<String, Object> measure(Measure measure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ref", measure.ref());
        map.put("heading", measure.heading());
        map.put("text", measure.text());
        map.put("direction", measure.direction().code());
        map.put("unit", measure.unit() == null ? null : measure.unit().code());
        map.put("leads", measure.leads());
        map.put("target", target(measure.targetJson()));
        map.put("baselineInferred", measure.baselineInferred());
        map.put("targetFromCommitment", measure.targetFromCommitment());
        return map;
    }

    private static JsonNode target(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored target is not valid JSON: " + json, e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
