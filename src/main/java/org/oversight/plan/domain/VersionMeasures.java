package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oversight.plan.PlanMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every measure of a plan version, as other modules see them, kept in memory while the version is
 * unchanged: every change to a version is a save of the whole version, which raises its optimistic
 * lock number, so the row's id and number say whether the kept list still stands (one small query
 * instead of loading the version with its objectives, commitments and measures). The performance
 * pages ask for a version's measures once for each area on every page (docs/adr/0017).
 */
@Component
public class VersionMeasures {

    private final PlanRegister register;
    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    VersionMeasures(PlanRegister register, JdbcClient jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    private record Kept(String stamp, List<PlanMeasure> measures) {}

    /** The version's measures in the plan's order; empty when there is no such version. Call within a transaction. */
    public List<PlanMeasure> of(String planKey, String versionLabel) {
        Optional<String> stamp = stamp(planKey, versionLabel);
        if (stamp.isEmpty()) {
            return List.of();
        }
        String key = planKey + "\n" + versionLabel;
        Kept found = kept.get(key);
        if (found != null && found.stamp().equals(stamp.get())) {
            return found.measures();
        }
        PlanVersion version;
        try {
            version = register.version(planKey, versionLabel);
        } catch (PlanNotFound e) {
            return List.of();
        }
        List<PlanMeasure> measures = new ArrayList<>();
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            for (int m = 0; m < objective.measures().size(); m++) {
                measures.add(MeasureViews.of(
                        planKey,
                        versionLabel,
                        o,
                        objective,
                        m,
                        objective.measures().get(m)));
            }
        }
        List<PlanMeasure> result = List.copyOf(measures);
        // Read after the stamp, so never older than it: kept under the stamp it was read after.
        kept.put(key, new Kept(stamp.get(), result));
        return result;
    }

    private Optional<String> stamp(String planKey, String versionLabel) {
        return jdbc.sql(
                        """
                        SELECT v.id || ':' || v.version FROM plan.plan_version v
                        JOIN plan.plan p ON p.id = v.plan_id
                        WHERE p.plan_key = :key AND v.label = :label
                        """)
                .param("key", planKey)
                .param("label", versionLabel)
                .query(String.class)
                .optional();
    }
}
