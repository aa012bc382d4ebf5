package org.oversight.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.IndicatorLinks;
import org.oversight.plan.domain.MeasureLinks;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.VersionMeasures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan register for other modules: plans, their versions and measures, read only. */
@Service
public class PlanApi {

    private final PlanRegister register;
    private final MeasureLinks links;
    private final IndicatorLinks indicatorLinks;
    private final VersionMeasures versionMeasures;

    PlanApi(PlanRegister register, MeasureLinks links, IndicatorLinks indicatorLinks, VersionMeasures versionMeasures) {
        this.register = register;
        this.links = links;
        this.indicatorLinks = indicatorLinks;
        this.versionMeasures = versionMeasures;
    }

    /** Every plan as {@code key → title}, in order of title. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> plans() {
        java.util.Map<String, String> plans = new java.util.LinkedHashMap<>();
        register.plans().forEach(plan -> plans.put(plan.key(), plan.title()));
        return plans;
    }

    /**
     * Checks every measure's indicator link with {@code check} from now on: plan files whose links it
     * refuses are refused (each problem with its line), as are links made with {@link #linkIndicator}.
     */
    public void checkIndicatorLinksWith(IndicatorLinkCheck check) {
        indicatorLinks.checkWith(check);
    }

    /**
     * Links a measure (by its objective's number and its ref) to the indicator it reads, or marks it as
     * read by none with the reason ({@code indicatorCode} null), or removes its link (both null).
     * Publishes {@link MeasureIndicatorLinked}. Empty when there is no such measure; throws {@link
     * IndicatorLinkRefused} (nothing changed) when the registered check refuses the link, and when a
     * reason is given together with an indicator.
     */
    @Transactional
    public Optional<PlanMeasure> linkIndicator(
            String planKey,
            String versionLabel,
            String objectiveNumber,
            String measureRef,
            String indicatorCode,
            String noIndicatorReason,
            String by) {
        return register.linkIndicator(
                planKey, versionLabel, objectiveNumber, measureRef, indicatorCode, noIndicatorReason, by);
    }

    /**
     * Links every measure of every plan that has a ref to a page of the calling module, as {@link
     * #linkMeasures} does for some: measures added later get the link too.
     */
    public void linkEveryMeasure(String text, String uriTemplate) {
        links.addForEveryMeasure(text, uriTemplate);
    }

    /** A plan's title, or empty when there is no such plan. */
    @Transactional(readOnly = true)
    public Optional<String> planTitle(String planKey) {
        try {
            return Optional.of(register.plan(planKey).title());
        } catch (PlanNotFound e) {
            return Optional.empty();
        }
    }

    /**
     * A plan version's title as pages show it ("Police and Crime Plan 2014-15") without repeating a
     * label the title already holds (the 2021-2025 plan's title ends with its years); empty when
     * there is no such plan.
     */
    @Transactional(readOnly = true)
    public Optional<String> versionTitle(String planKey, String versionLabel) {
        try {
            return Optional.of(register.plan(planKey).titleWithVersion(versionLabel));
        } catch (PlanNotFound e) {
            return Optional.empty();
        }
    }

    /**
     * Links measures of a plan version, on the plan's page, to a page of the calling module: each of
     * {@code measureRefs} gets a link {@code text} to {@code uriTemplate} with its variables
     * {@code {plan}}, {@code {version}}, {@code {objective}} (objective number) and {@code {measure}}
     * (measure ref) filled in. The plan module thereby links to pages it does not depend on.
     */
    public void linkMeasures(
            String text, String planKey, String versionLabel, Collection<String> measureRefs, String uriTemplate) {
        links.add(text, planKey, versionLabel, measureRefs, uriTemplate);
    }

    /** Every plan's key, by title. */
    @Transactional(readOnly = true)
    public List<String> planKeys() {
        return register.plans().stream().map(Plan::key).toList();
    }

    /**
     * The objectives of a plan version in the plan's order, each with its stable anchor on the plan
     * page; empty when there is no such version.
     */
    @Transactional(readOnly = true)
    public List<PlanObjective> objectives(String planKey, String versionLabel) {
        PlanVersion version;
        try {
            version = register.version(planKey, versionLabel);
        } catch (PlanNotFound e) {
            return List.of();
        }
        List<PlanObjective> objectives = new ArrayList<>();
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            objectives.add(new PlanObjective(
                    planKey,
                    versionLabel,
                    o + 1,
                    objective.number(),
                    objective.title(),
                    PlanAnchors.objective(objective.number(), o + 1)));
        }
        return objectives;
    }

    /** The version labels of a plan, oldest first; empty when there is no such plan. */
    @Transactional(readOnly = true)
    public List<String> versions(String planKey) {
        try {
            Plan plan = register.plan(planKey);
            return register.versions(plan).stream().map(PlanVersion::label).toList();
        } catch (PlanNotFound e) {
            return List.of();
        }
    }

    /**
     * Every commitment of a plan version in the plan's order; empty when there is no such version. A
     * commitment without a ref gets one from its place: {@code 4.2/3} (objective number, position).
     */
    @Transactional(readOnly = true)
    public List<PlanCommitment> commitments(String planKey, String versionLabel) {
        PlanVersion version;
        try {
            version = register.version(planKey, versionLabel);
        } catch (PlanNotFound e) {
            return List.of();
        }
        List<PlanCommitment> commitments = new ArrayList<>();
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            for (int c = 0; c < objective.commitments().size(); c++) {
                Commitment commitment = objective.commitments().get(c);
                String number = objective.number() == null ? String.valueOf(o + 1) : objective.number();
                commitments.add(new PlanCommitment(
                        planKey,
                        versionLabel,
                        o + 1,
                        objective.number(),
                        objective.title(),
                        c + 1,
                        commitment.ref() == null ? number + "/" + (c + 1) : commitment.ref(),
                        commitment.text(),
                        commitment.leads(),
                        commitment.cadence()));
            }
        }
        return commitments;
    }

    /** Every measure of a plan version in the plan's order; empty when there is no such version. */
    @Transactional(readOnly = true)
    public List<PlanMeasure> measures(String planKey, String versionLabel) {
        return versionMeasures.of(planKey, versionLabel);
    }
}
