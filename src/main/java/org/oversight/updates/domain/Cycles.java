package org.oversight.updates.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.accounts.AccountsApi;
import org.oversight.accounts.Role;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanCommitment;
import org.oversight.plan.ReportingCadence;
import org.oversight.updates.CycleOpened;
import org.oversight.updates.LeadDelegated;
import org.oversight.updates.RequirementOverridden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening reporting cycles, working out and overriding what is due, and delegating leads. */
@Service
public class Cycles {

    private static final Logger log = LoggerFactory.getLogger(Cycles.class);

    private final CycleRepository cycles;
    private final CycleItemRepository items;
    private final DelegationRepository delegations;
    private final PlanApi plans;
    private final AccountsApi accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Cycles(
            CycleRepository cycles,
            CycleItemRepository items,
            DelegationRepository delegations,
            PlanApi plans,
            AccountsApi accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.items = items;
        this.delegations = delegations;
        this.plans = plans;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** What an analyst gives to open a cycle. */
    public record OpenCycle(
            String planKey,
            String versionLabel,
            String name,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate deadline,
            LocalDate meetingOn,
            String meetingName,
            String note) {}

    /**
     * Opens a cycle: every commitment of the plan version becomes an item whose requirement is
     * worked out from its cadence and earlier cycles. Throws {@link IllegalArgumentException}
     * saying what is wrong.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public ReportingCycle open(OpenCycle open, String by) {
        return openAsSystem(open, by, false);
    }

    /**
     * Opens a cycle without an access check: for start-up work (the example cycle) and tests. Pages
     * and commands call {@link #open}.
     */
    @Transactional
    public ReportingCycle openAsSystem(OpenCycle open, String by, boolean example) {
        List<PlanCommitment> commitments = plans.commitments(open.planKey(), open.versionLabel());
        if (commitments.isEmpty()) {
            throw new IllegalArgumentException(
                    "plan: " + open.planKey() + " has no version '" + open.versionLabel() + "' with commitments");
        }
        String name = open.name() == null ? null : open.name().strip();
        if (name != null && cycles.existsByPlanKeyAndName(open.planKey(), name)) {
            throw new IllegalArgumentException("name: the plan already has a cycle called '" + name + "'");
        }
        ReportingCycle cycle;
        try {
            cycle = cycles.save(new ReportingCycle(
                    null,
                    open.planKey(),
                    open.versionLabel(),
                    name,
                    open.periodStart(),
                    open.periodEnd(),
                    open.deadline(),
                    open.meetingOn(),
                    blankToNull(open.meetingName()),
                    blankToNull(open.note()),
                    example,
                    by,
                    clock.instant(),
                    null));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: the plan already has a cycle called '" + name + "'", e);
        }
        int position = 0;
        for (PlanCommitment commitment : commitments) {
            RequirementRule.Decision decision = RequirementRule.decide(
                    commitment.cadence(), cycle.name(), cycle.periodEnd(), earlier(cycle, commitment.ref()));
            items.save(new CycleItem(
                    null,
                    cycle.id(),
                    ++position,
                    commitment.ref(),
                    commitment.objectiveNumber(),
                    commitment.objectiveTitle(),
                    commitment.text(),
                    commitment.leads().isEmpty() ? null : String.join("\n", commitment.leads()),
                    commitment.cadence() == null ? null : commitment.cadence().code(),
                    null,
                    decision.requirement(),
                    decision.reason(),
                    decision.requirement(),
                    decision.reason(),
                    null,
                    null,
                    null,
                    Workflow.NOT_STARTED,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        events.publishEvent(new CycleOpened(
                cycle.planKey(),
                cycle.versionLabel(),
                cycle.name(),
                by,
                "period " + cycle.periodStart() + " to " + cycle.periodEnd() + "; deadline " + cycle.deadline()
                        + "; meeting " + cycle.meetingOn() + "; " + position + " commitments"));
        log.info("event=cycle_opened plan={} cycle_id={} items={}", cycle.planKey(), cycle.id(), position);
        return cycle;
    }

    /** Overrides whether an item's update is required, with a reason (the worked-out one is kept). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public CycleItem override(long itemId, Requirement requirement, String reason, String deferredTo, String by) {
        CycleItem item = item(itemId);
        ReportingCycle cycle = cycle(item.cycleId());
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the requirement is changed");
        }
        if (reason.length() > 2000) {
            throw new IllegalArgumentException("reason: at most 2,000 characters");
        }
        String target = requirement == Requirement.DEFERRED ? blankToNull(deferredTo) : null;
        if (target != null && target.equals(cycle.name())) {
            throw new IllegalArgumentException("deferredTo: an update cannot be deferred to its own cycle");
        }
        if (requirement != Requirement.DUE && item.workflow() == Workflow.SUBMITTED) {
            throw new IllegalArgumentException(
                    "requirement: the update has been submitted: accept or return it before changing the requirement");
        }
        String before = describe(item);
        CycleItem saved = items.save(item.withRequirement(requirement, reason.strip(), target, by, clock.instant()));
        events.publishEvent(new RequirementOverridden(
                cycle.planKey(), cycle.name(), item.commitmentRef(), by, before, describe(saved)));
        return saved;
    }

    /** Delegates a lead to a deputy (a lead officer) for one cycle. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public LeadDelegation delegate(long cycleId, String lead, String deputy, String by) {
        ReportingCycle cycle = cycle(cycleId);
        boolean deputyIsLeadOfficer = accounts.account(deputy)
                .filter(account -> account.enabled() && account.role() == Role.LEAD_OFFICER)
                .isPresent();
        if (!deputyIsLeadOfficer) {
            throw new IllegalArgumentException("deputy: '" + deputy + "' is not an enabled lead officer's account");
        }
        boolean leadInCycle = items.findByCycleIdOrderByPosition(cycleId).stream()
                .anyMatch(item -> item.leads().contains(lead));
        if (!leadInCycle) {
            throw new IllegalArgumentException("lead: no commitment of this cycle is led by '" + lead + "'");
        }
        boolean already = delegations.findByCycleIdOrderByLeadAscDeputyAsc(cycleId).stream()
                .anyMatch(d -> d.lead().equals(lead) && d.deputy().equalsIgnoreCase(deputy));
        if (already) {
            throw new IllegalArgumentException("deputy: " + deputy + " already deputises for " + lead);
        }
        LeadDelegation saved = delegations.save(new LeadDelegation(null, cycleId, lead, deputy, by, clock.instant()));
        events.publishEvent(new LeadDelegated(cycle.planKey(), cycle.name(), by, lead, deputy));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<LeadDelegation> delegations(long cycleId) {
        return delegations.findByCycleIdOrderByLeadAscDeputyAsc(cycleId);
    }

    @Transactional(readOnly = true)
    public List<LeadDelegation> delegationsTo(String deputy) {
        return delegations.findByDeputy(deputy);
    }

    @Transactional(readOnly = true)
    public List<ReportingCycle> all() {
        return cycles.findAllByOrderByPeriodEndDescNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<ReportingCycle> find(long id) {
        return cycles.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<ReportingCycle> find(String planKey, String name) {
        return cycles.findByPlanKeyAndName(planKey, name);
    }

    @Transactional(readOnly = true)
    public List<CycleItem> items(long cycleId) {
        return items.findByCycleIdOrderByPosition(cycleId);
    }

    @Transactional(readOnly = true)
    public Optional<CycleItem> findItem(long itemId) {
        return items.findById(itemId);
    }

    /** The cycles of a plan with a period ending before this one's, for cadence reasoning. */
    private List<RequirementRule.Earlier> earlier(ReportingCycle cycle, String ref) {
        List<RequirementRule.Earlier> earlier = new ArrayList<>();
        for (ReportingCycle other : cycles.findByPlanKeyOrderByPeriodEndAsc(cycle.planKey())) {
            if (other.id().equals(cycle.id()) || !other.periodEnd().isBefore(cycle.periodEnd())) {
                continue;
            }
            items.findByCycleIdAndCommitmentRef(other.id(), ref)
                    .ifPresent(item -> earlier.add(new RequirementRule.Earlier(
                            other.name(),
                            other.periodEnd(),
                            item.requirement(),
                            item.deferredTo(),
                            item.workflow(),
                            item.status())));
        }
        return earlier;
    }

    CycleItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new IllegalArgumentException("there is no update " + itemId));
    }

    ReportingCycle cycle(long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new IllegalArgumentException("there is no cycle " + cycleId));
    }

    static String describe(CycleItem item) {
        return item.requirement().code() + (item.deferredTo() == null ? "" : " to " + item.deferredTo()) + ": "
                + item.requirementReason();
    }

    /** The cadence as the plan words it, or null. */
    public static String cadenceWords(CycleItem item) {
        return item.cadence() == null
                ? null
                : ReportingCadence.fromCode(item.cadence()).words();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
