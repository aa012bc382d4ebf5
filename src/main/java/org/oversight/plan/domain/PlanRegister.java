package org.oversight.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oversight.plan.IndicatorLinkRefused;
import org.oversight.plan.MeasureIndicatorLinked;
import org.oversight.plan.PlanCreated;
import org.oversight.plan.PlanEdited;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.PlanVariationCreated;
import org.oversight.plan.PlanVersionImported;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan register: reading, importing and editing plans and their versions. */
@Service
public class PlanRegister {

    private static final Logger log = LoggerFactory.getLogger(PlanRegister.class);

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final IndicatorLinks indicatorLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanRegister(
            PlanRepository plans,
            PlanVersionRepository versions,
            IndicatorLinks indicatorLinks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.indicatorLinks = indicatorLinks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return plans.findAllByOrderByTitleAsc();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return plans.count() == 0;
    }

    @Transactional(readOnly = true, noRollbackFor = PlanNotFound.class)
    public Plan plan(String key) {
        return plans.findByKey(key).orElseThrow(() -> new PlanNotFound("There is no plan '" + key + "'."));
    }

    /** A plan's versions, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(Plan plan) {
        return versions.findByPlanIdOrderByIdAsc(AggregateReference.to(plan.id()));
    }

    @Transactional(readOnly = true, noRollbackFor = PlanNotFound.class)
    public PlanVersion version(String key, String label) {
        Plan plan = plan(key);
        return versions.findByPlanIdAndLabel(AggregateReference.to(plan.id()), label)
                .orElseThrow(() -> new PlanNotFound("Plan '" + key + "' has no version '" + label + "'."));
    }

    /** The newest version of a plan (the last one created). */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> latestVersion(Plan plan) {
        List<PlanVersion> all = versions(plan);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Writes a checked plan file: the plan is created or its header updated, and each version is
     * created or replaced in place (same plan key and label), all in one transaction. A version
     * whose content is unchanged is left untouched.
     */
    @Transactional
    public PlanImportResult importPlan(PlanFile file, String by) {
        PlanFile.Header header = file.header();
        Instant now = clock.instant();
        Optional<Plan> existing = plans.findByKey(header.key());
        Set<String> knownLabels = new HashSet<>();
        existing.ifPresent(plan -> versions(plan).forEach(version -> knownLabels.add(version.label())));
        List<PlanFileProblem> problems = new ArrayList<>();
        Set<String> earlier = new HashSet<>(knownLabels);
        for (PlanFile.Version version : file.versions()) {
            if (version.variationOf() != null && !earlier.contains(version.variationOf())) {
                PlanFileProblem at = version.variationOfAt();
                problems.add(new PlanFileProblem(
                        at.file(),
                        at.line(),
                        at.column(),
                        at.field(),
                        "'" + version.variationOf() + "' is not an earlier version of plan " + header.key()));
            }
            earlier.add(version.label());
            problems.addAll(indicatorLinks.problems(header.key(), version));
        }
        if (!problems.isEmpty()) {
            throw new PlanFileException(problems);
        }
        if (existing.isEmpty()) {
            PlanNames.checkKey(header.key());
        }
        Plan plan = existing.map(found -> found.withHeader(
                        header.title(),
                        header.force(),
                        header.issuedBy(),
                        header.termFrom(),
                        header.termTo(),
                        header.source()))
                .orElseGet(() -> new Plan(
                        null,
                        header.key(),
                        header.title(),
                        header.force(),
                        header.issuedBy(),
                        header.termFrom(),
                        header.termTo(),
                        header.source(),
                        null,
                        now,
                        by));
        if (existing.isEmpty()) {
            plan = plans.save(plan.stamped(now, by));
            events.publishEvent(new PlanCreated(plan.key(), plan.title(), PlanJson.of(PlanJson.plan(plan)), by));
        } else if (!existing.get().equals(plan)) {
            plan = plans.save(plan.stamped(now, by));
            events.publishEvent(new PlanEdited(
                    plan.key(), PlanJson.of(PlanJson.plan(existing.get())), PlanJson.of(PlanJson.plan(plan)), by));
        }
        List<PlanImportResult.VersionOutcome> outcomes = new ArrayList<>();
        for (PlanFile.Version entry : file.versions()) {
            PlanVersion incoming = PlanVersion.create(
                    plan.id(), entry.label(), entry.date(), entry.variationOf(), entry.note(), entry.objectives());
            Optional<PlanVersion> stored =
                    versions.findByPlanIdAndLabel(AggregateReference.to(plan.id()), entry.label());
            PlanImportResult.Outcome outcome;
            if (stored.isEmpty()) {
                versions.save(incoming.stamped(now, by));
                outcome = PlanImportResult.Outcome.CREATED;
                events.publishEvent(new PlanVersionImported(
                        plan.key(), entry.label(), file.fileName(), null, PlanJson.of(PlanJson.version(incoming)), by));
            } else if (sameContent(stored.get(), incoming)) {
                outcome = PlanImportResult.Outcome.UNCHANGED;
            } else {
                versions.save(stored.get().replacedBy(incoming).stamped(now, by));
                outcome = PlanImportResult.Outcome.UPDATED;
                events.publishEvent(new PlanVersionImported(
                        plan.key(),
                        entry.label(),
                        file.fileName(),
                        PlanJson.of(PlanJson.version(stored.get())),
                        PlanJson.of(PlanJson.version(incoming)),
                        by));
            }
            outcomes.add(new PlanImportResult.VersionOutcome(
                    entry.label(),
                    outcome,
                    incoming.objectives().size(),
                    incoming.objectives().stream()
                            .mapToInt(o -> o.commitments().size())
                            .sum(),
                    incoming.objectives().stream()
                            .mapToInt(o -> o.measures().size())
                            .sum()));
        }
        log.info(
                "event=plan_imported plan={} file={} versions={} by={}",
                header.key(),
                file.fileName(),
                outcomes.size(),
                by);
        return new PlanImportResult(plan.key(), plan.title(), existing.isEmpty(), outcomes);
    }

    private static boolean sameContent(PlanVersion stored, PlanVersion incoming) {
        return stored.objectives().equals(incoming.objectives())
                && java.util.Objects.equals(stored.issuedOn(), incoming.issuedOn())
                && java.util.Objects.equals(stored.variationOf(), incoming.variationOf())
                && java.util.Objects.equals(stored.note(), incoming.note());
    }

    /** Creates a new plan with its first, empty version. */
    @Transactional
    public Plan createPlan(
            String key,
            String title,
            String force,
            String issuedBy,
            LocalDate termFrom,
            LocalDate termTo,
            String firstVersionLabel,
            LocalDate firstVersionDate,
            String by) {
        PlanNames.checkKey(key);
        PlanNames.checkLabel(firstVersionLabel);
        if (plans.findByKey(key).isPresent()) {
            throw new PlanRuleViolation("key", "a plan with the key '" + key + "' already exists");
        }
        Instant now = clock.instant();
        Plan plan = plans.save(new Plan(null, key, title, force, issuedBy, termFrom, termTo, null, null, now, by));
        PlanVersion first =
                versions.save(PlanVersion.create(plan.id(), firstVersionLabel, firstVersionDate, null, null, List.of())
                        .stamped(now, by));
        java.util.Map<String, Object> created = PlanJson.plan(plan);
        created.put("firstVersion", PlanJson.versionDetails(first));
        events.publishEvent(new PlanCreated(plan.key(), plan.title(), PlanJson.of(created), by));
        return plan;
    }

    /** Saves a plan's header, refused when the plan has changed since {@code expectedVersion}. */
    @Transactional
    public Plan updatePlan(Plan edited, int expectedVersion, String by) {
        try {
            Plan before = plans.findById(edited.id())
                    .orElseThrow(() -> new PlanConflict("The plan '" + edited.title() + "'"));
            Plan saved = plans.save(edited.withVersion(expectedVersion).stamped(clock.instant(), by));
            events.publishEvent(new PlanEdited(
                    saved.key(), PlanJson.of(PlanJson.plan(before)), PlanJson.of(PlanJson.plan(saved)), by));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new PlanConflict("The plan '" + edited.title() + "'");
        }
    }

    /**
     * Saves an edited version. {@code expectedVersion} is the version the editor started from: when
     * someone else has saved since, the edit is refused with {@link PlanConflict} and nothing changes.
     */
    @Transactional
    public PlanVersion saveVersion(PlanVersion edited, int expectedVersion, String by) {
        try {
            PlanVersion before =
                    versions.findById(edited.id()).orElseThrow(() -> new PlanConflict("Version " + edited.label()));
            PlanVersion saved = versions.save(edited.asOf(expectedVersion).stamped(clock.instant(), by));
            String planKey =
                    plans.findById(saved.planId().getId()).orElseThrow().key();
            VersionChanges.between(planKey, before, saved, by).forEach(events::publishEvent);
            log.info(
                    "event=plan_version_saved id={} label={} version={} by={}",
                    saved.id(),
                    saved.label(),
                    saved.version(),
                    by);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new PlanConflict("Version " + edited.label());
        }
    }

    /** Starts a new version (a variation) as a copy of an existing one. */
    @Transactional
    public PlanVersion createVariation(String key, String fromLabel, String newLabel, LocalDate issuedOn, String by) {
        PlanNames.checkLabel(newLabel);
        PlanVersion from = version(key, fromLabel);
        if (versions.findByPlanIdAndLabel(from.planId(), newLabel).isPresent()) {
            throw new PlanRuleViolation("label", "this plan already has a version '" + newLabel + "'");
        }
        PlanVersion created = versions.save(from.variation(newLabel, issuedOn).stamped(clock.instant(), by));
        events.publishEvent(
                new PlanVariationCreated(key, fromLabel, newLabel, PlanJson.of(PlanJson.versionDetails(created)), by));
        return created;
    }

    /**
     * Links a measure (by its objective's number and ref) to an indicator, or to none with a reason, or
     * removes its link; empty when there is no such measure. The link is checked first.
     */
    @Transactional
    public Optional<PlanMeasure> linkIndicator(
            String key,
            String label,
            String objectiveNumber,
            String measureRef,
            String indicatorCode,
            String noIndicatorReason,
            String by) {
        PlanVersion version;
        try {
            version = version(key, label);
        } catch (PlanNotFound e) {
            return Optional.empty();
        }
        String code = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        String reason = noIndicatorReason == null || noIndicatorReason.isBlank() ? null : noIndicatorReason.strip();
        if (code != null && reason != null) {
            throw new IndicatorLinkRefused("a measure reads an indicator or says why none can serve it, not both");
        }
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            if (!java.util.Objects.equals(objective.number(), objectiveNumber)) {
                continue;
            }
            for (int m = 0; m < objective.measures().size(); m++) {
                Measure measure = objective.measures().get(m);
                if (!measureRef.equals(measure.ref())) {
                    continue;
                }
                PlanMeasure seen = MeasureViews.of(key, label, o, objective, m, measure);
                if (code != null) {
                    Optional<String> problem = indicatorLinks.problem(seen, code);
                    if (problem.isPresent()) {
                        throw new IndicatorLinkRefused(problem.get());
                    }
                }
                if (java.util.Objects.equals(code, measure.indicator())
                        && java.util.Objects.equals(reason, measure.noIndicatorReason())) {
                    return Optional.of(seen);
                }
                Measure linked = measure.withIndicator(code, reason);
                PlanVersion saved =
                        saveVersion(version.withObjective(o, objective.withMeasure(m, linked)), version.version(), by);
                events.publishEvent(new MeasureIndicatorLinked(
                        key, label, measureRef, measure.indicator(), measure.noIndicatorReason(), code, reason, by));
                log.info(
                        "event=measure_indicator_linked plan={} version={} measure={} indicator={} by={}",
                        key,
                        label,
                        measureRef,
                        code,
                        by);
                return Optional.of(
                        MeasureViews.of(key, label, o, saved.objectives().get(o), m, linked));
            }
        }
        return Optional.empty();
    }
}
