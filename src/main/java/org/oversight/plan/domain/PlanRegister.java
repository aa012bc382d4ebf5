package org.oversight.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;

    PlanRegister(PlanRepository plans, PlanVersionRepository versions, Clock clock) {
        this.plans = plans;
        this.versions = versions;
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
        if (existing.isEmpty() || !existing.get().equals(plan)) {
            plan = plans.save(plan.stamped(now, by));
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
            } else if (sameContent(stored.get(), incoming)) {
                outcome = PlanImportResult.Outcome.UNCHANGED;
            } else {
                versions.save(stored.get().replacedBy(incoming).stamped(now, by));
                outcome = PlanImportResult.Outcome.UPDATED;
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
        versions.save(PlanVersion.create(plan.id(), firstVersionLabel, firstVersionDate, null, null, List.of())
                .stamped(now, by));
        return plan;
    }

    /** Saves a plan's header, refused when the plan has changed since {@code expectedVersion}. */
    @Transactional
    public Plan updatePlan(Plan edited, int expectedVersion, String by) {
        try {
            return plans.save(edited.withVersion(expectedVersion).stamped(clock.instant(), by));
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
            PlanVersion saved = versions.save(edited.asOf(expectedVersion).stamped(clock.instant(), by));
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
        return versions.save(from.variation(newLabel, issuedOn).stamped(clock.instant(), by));
    }
}
