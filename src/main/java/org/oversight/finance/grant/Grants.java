package org.oversight.finance.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantAwardChanged;
import org.oversight.finance.GrantAwardsImported;
import org.oversight.finance.GrantRound;
import org.oversight.finance.GrantRoundSaved;
import org.oversight.finance.GrantScheme;
import org.oversight.finance.GrantSchemeSaved;
import org.oversight.finance.GrantTotals;
import org.oversight.finance.change.Snapshots;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanObjective;
import org.oversight.shared.FinancialYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and commissioning: schemes, their years (rounds), and awards with the plan objectives they
 * serve and their monitoring returns; totals by scheme, area and year. Every change checks the
 * optimistic lock its form was opened with and publishes its event in the same transaction.
 */
@Service
public class Grants {

    private static final Logger log = LoggerFactory.getLogger(Grants.class);

    private final SchemeRepository schemes;
    private final RoundRepository rounds;
    private final AwardRepository awards;
    private final PlanApi plans;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Snapshots snapshots;
    private final Clock clock;

    Grants(
            SchemeRepository schemes,
            RoundRepository rounds,
            AwardRepository awards,
            PlanApi plans,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Snapshots snapshots,
            Clock clock) {
        this.schemes = schemes;
        this.rounds = rounds;
        this.awards = awards;
        this.plans = plans;
        this.jdbc = jdbc;
        this.events = events;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    // ---- Reading ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return schemes.count() == 0;
    }

    @Transactional(readOnly = true)
    public List<GrantScheme> schemes() {
        return schemes.findAllByOrderByName().stream().map(this::scheme).toList();
    }

    @Transactional(readOnly = true)
    public GrantScheme scheme(String slug) {
        return scheme(schemeEntity(slug));
    }

    /**
     * The scheme named by its slug or, in any case, its name ("Community Safety Fund"); empty when
     * there is none.
     */
    @Transactional(readOnly = true)
    public Optional<GrantScheme> findScheme(String slugOrName) {
        String wanted = slugOrName.strip();
        return schemes.findAll().stream()
                .filter(s -> s.slug().equalsIgnoreCase(wanted) || s.name().equalsIgnoreCase(wanted))
                .findFirst()
                .map(this::scheme);
    }

    @Transactional(readOnly = true)
    public Optional<GrantRound> round(String slug, FinancialYear year) {
        Scheme scheme = schemeEntity(slug);
        return rounds.findBySchemeIdAndYearStart(scheme.id(), year.startYear()).map(round -> round(scheme, round));
    }

    @Transactional(readOnly = true)
    public GrantAward award(long id) {
        return award(awardEntity(id));
    }

    @Transactional(readOnly = true)
    public GrantTotals totals() {
        List<GrantTotals.SchemeYear> bySchemeAndYear = jdbc.sql(
                        """
                        SELECT s.slug, s.name, r.year_start, count(a.id) AS awards, coalesce(sum(a.amount), 0) AS total
                        FROM finance.grant_scheme s
                        JOIN finance.grant_round r ON r.scheme_id = s.id
                        LEFT JOIN finance.grant_award a ON a.round_id = r.id
                        GROUP BY s.slug, s.name, r.year_start
                        ORDER BY r.year_start DESC, s.name
                        """)
                .query((rs, n) -> new GrantTotals.SchemeYear(
                        rs.getString("slug"),
                        rs.getString("name"),
                        new FinancialYear(rs.getInt("year_start")),
                        rs.getInt("awards"),
                        rs.getBigDecimal("total")))
                .list();
        List<GrantTotals.AreaYear> byArea = jdbc.sql(
                        """
                        SELECT a.area, r.year_start, count(*) AS awards, sum(a.amount) AS total
                        FROM finance.grant_award a JOIN finance.grant_round r ON r.id = a.round_id
                        GROUP BY a.area, r.year_start
                        ORDER BY r.year_start DESC, a.area NULLS LAST
                        """)
                .query((rs, n) -> new GrantTotals.AreaYear(
                        rs.getString("area"),
                        new FinancialYear(rs.getInt("year_start")),
                        rs.getInt("awards"),
                        rs.getBigDecimal("total")))
                .list();
        return new GrantTotals(bySchemeAndYear, byArea);
    }

    // ---- Schemes and rounds ------------------------------------------------------------------

    @Transactional
    public GrantScheme createScheme(String name, String description, String funder, boolean example, String by) {
        Scheme draft = new Scheme(null, "x", name, description, funder, example, null, null, null);
        String slug = Scheme.slugOf(draft.name());
        if (schemes.findAll().stream()
                .anyMatch(s -> s.slug().equals(slug) || s.name().equalsIgnoreCase(draft.name()))) {
            throw new GrantRuleViolation("name", "There is already a scheme called " + draft.name());
        }
        Scheme saved = schemes.save(new Scheme(
                null,
                slug,
                draft.name(),
                blankToNull(description),
                blankToNull(funder),
                example,
                null,
                clock.instant(),
                by));
        events.publishEvent(new GrantSchemeSaved(slug, saved.name(), true, by, null, snapshots.of(saved)));
        return scheme(saved);
    }

    @Transactional
    public GrantScheme saveScheme(String slug, String name, String description, String funder, int lock, String by) {
        Scheme scheme = schemeEntity(slug);
        checkLock(scheme.version(), lock, "the scheme " + scheme.name());
        Scheme changed = scheme.with(name, blankToNull(description), blankToNull(funder), by, clock.instant());
        if (schemes.findAll().stream()
                .anyMatch(s -> !s.id().equals(scheme.id()) && s.name().equalsIgnoreCase(changed.name()))) {
            throw new GrantRuleViolation("name", "There is already a scheme called " + changed.name());
        }
        Scheme saved = schemes.save(changed);
        events.publishEvent(
                new GrantSchemeSaved(slug, saved.name(), false, by, snapshots.of(scheme), snapshots.of(saved)));
        return scheme(saved);
    }

    /** Starts a scheme's year; refused when the scheme already has that year. */
    @Transactional
    public GrantRound createRound(String slug, FinancialYear year, RoundDetails details, boolean example, String by) {
        Scheme scheme = schemeEntity(slug);
        if (rounds.findBySchemeIdAndYearStart(scheme.id(), year.startYear()).isPresent()) {
            throw new GrantRuleViolation("year", scheme.name() + " already has " + year);
        }
        Round round = new Round(
                        null,
                        scheme.id(),
                        year.startYear(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        example,
                        null,
                        null,
                        null)
                .with(details, by, clock.instant());
        Round saved = rounds.save(round);
        events.publishEvent(
                new GrantRoundSaved(slug, scheme.name(), year, true, by, null, snapshots.of(saved.details())));
        return round(scheme, saved);
    }

    @Transactional
    public GrantRound saveRound(String slug, FinancialYear year, RoundDetails details, int lock, String by) {
        Scheme scheme = schemeEntity(slug);
        Round round = roundEntity(scheme, year);
        checkLock(round.version(), lock, scheme.name() + " " + year);
        Round saved = rounds.save(round.with(details, by, clock.instant()));
        events.publishEvent(new GrantRoundSaved(
                slug, scheme.name(), year, false, by, snapshots.of(round.details()), snapshots.of(details)));
        return round(scheme, saved);
    }

    /**
     * Imports a file of awards into a scheme's year (started if need be), all or nothing. Refused
     * when the year already has awards, which the file would duplicate.
     */
    @Transactional
    public GrantRound importAwards(String slug, FinancialYear year, String fileName, byte[] content, String by) {
        Scheme scheme = schemeEntity(slug);
        Optional<Round> existing = rounds.findBySchemeIdAndYearStart(scheme.id(), year.startYear());
        if (existing.isPresent() && awards.countByRoundId(existing.get().id()) > 0) {
            long count = awards.countByRoundId(existing.get().id());
            throw new FinanceFileRefused(
                    fileName,
                    List.of(FileProblem.ofFile(scheme.name() + " " + year + " already has " + count
                            + (count == 1 ? " award" : " awards")
                            + ", which importing would duplicate: add or change awards one by one instead")));
        }
        List<AwardFileReader.Line> lines = new AwardFileReader().read(fileName, content, objectiveLookup());
        Round round = existing.orElseGet(() -> {
            Round created = rounds.save(new Round(
                    null,
                    scheme.id(),
                    year.startYear(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    scheme.example(),
                    null,
                    clock.instant(),
                    by));
            events.publishEvent(
                    new GrantRoundSaved(slug, scheme.name(), year, true, by, null, snapshots.of(created.details())));
            return created;
        });
        List<Award> saved = new ArrayList<>();
        for (AwardFileReader.Line line : lines) {
            Award award = line.award();
            saved.add(awards.save(new Award(
                    null,
                    round.id(),
                    award.recipient(),
                    award.purpose(),
                    award.amount(),
                    award.area(),
                    award.conditions(),
                    award.awardedOn(),
                    award.startsOn(),
                    award.endsOn(),
                    award.decisionNumber(),
                    award.note(),
                    award.objectives(),
                    List.of(),
                    null,
                    clock.instant(),
                    by)));
        }
        events.publishEvent(
                new GrantAwardsImported(slug, scheme.name(), year, fileName, saved.size(), by, snapshots.of(saved)));
        log.info("event=grant_awards_imported scheme={} year={} awards={}", slug, year, saved.size());
        return round(scheme, round);
    }

    // ---- Awards ------------------------------------------------------------------------------

    /** Adds an award to a scheme's year (which must exist). */
    @Transactional
    public GrantAward addAward(String slug, FinancialYear year, AwardContent content, String by) {
        Scheme scheme = schemeEntity(slug);
        Round round = roundEntity(scheme, year);
        Award saved = awards.save(content.toAward(round.id()).touchedBy(by, clock.instant()));
        publish(saved, scheme, round, GrantAwardChanged.Change.ADDED, by, null, saved);
        return award(saved);
    }

    @Transactional
    public GrantAward saveAward(long id, AwardContent content, int lock, String by) {
        Award award = lockedAward(id, lock);
        Award saved =
                awards.save(award.withContent(content.toAward(award.roundId())).touchedBy(by, clock.instant()));
        publish(saved, GrantAwardChanged.Change.CHANGED, by, award, saved);
        return award(saved);
    }

    @Transactional
    public void removeAward(long id, int lock, String by) {
        Award award = lockedAward(id, lock);
        awards.delete(award);
        publish(award, GrantAwardChanged.Change.REMOVED, by, award, null);
    }

    /**
     * Sets which objectives of one plan version the award serves (by their anchors), keeping those it
     * serves in other plan versions.
     */
    @Transactional
    public GrantAward saveObjectives(
            long id, String planKey, String versionLabel, Set<String> anchors, int lock, String by) {
        Award award = lockedAward(id, lock);
        Set<String> known = new java.util.HashSet<>();
        plans.objectives(planKey, versionLabel).forEach(o -> known.add(o.anchor()));
        for (String anchor : anchors) {
            if (!known.contains(anchor)) {
                throw new GrantRuleViolation(
                        "objectives", "Version " + versionLabel + " of the plan " + planKey + " has no " + anchor);
            }
        }
        Set<Award.Objective> served = new LinkedHashSet<>();
        award.objectives().stream()
                .filter(o -> !(o.planKey().equals(planKey) && o.versionLabel().equals(versionLabel)))
                .forEach(served::add);
        anchors.forEach(anchor -> served.add(new Award.Objective(planKey, versionLabel, anchor)));
        Award saved = awards.save(award.withObjectives(served).touchedBy(by, clock.instant()));
        publish(saved, GrantAwardChanged.Change.OBJECTIVES_CHANGED, by, award.objectives(), saved.objectives());
        return award(saved);
    }

    /** Adds a monitoring return ({@code position} null) or changes the one at that 1-based position. */
    @Transactional
    public GrantAward saveReturn(
            long id,
            Integer position,
            String period,
            LocalDate dueOn,
            LocalDate receivedOn,
            String summary,
            int lock,
            String by) {
        Award award = lockedAward(id, lock);
        List<Award.Return> returns = new ArrayList<>(award.returns());
        Award.Return changed = new Award.Return(period, dueOn, receivedOn, blankToNull(summary));
        Award.Return before = null;
        if (position == null) {
            returns.add(changed);
        } else {
            before = returnAt(award, position);
            returns.set(position - 1, changed);
        }
        Award saved = awards.save(award.withReturns(returns).touchedBy(by, clock.instant()));
        publish(saved, GrantAwardChanged.Change.RETURN_SAVED, by, before, changed);
        return award(saved);
    }

    @Transactional
    public GrantAward removeReturn(long id, int position, int lock, String by) {
        Award award = lockedAward(id, lock);
        Award.Return before = returnAt(award, position);
        List<Award.Return> returns = new ArrayList<>(award.returns());
        returns.remove(position - 1);
        Award saved = awards.save(award.withReturns(returns).touchedBy(by, clock.instant()));
        publish(saved, GrantAwardChanged.Change.RETURN_REMOVED, by, before, null);
        return award(saved);
    }

    // ---- Mapping -----------------------------------------------------------------------------

    private GrantScheme scheme(Scheme scheme) {
        List<GrantScheme.Year> years = new ArrayList<>();
        for (Round round : rounds.findBySchemeIdOrderByYearStartDesc(scheme.id())) {
            List<Award> list = awards.findByRoundIdOrderById(round.id());
            years.add(new GrantScheme.Year(round.year(), list.size(), sum(list)));
        }
        return new GrantScheme(
                scheme.slug(),
                scheme.name(),
                scheme.description(),
                scheme.funder(),
                scheme.example(),
                years,
                scheme.version());
    }

    private GrantRound round(Scheme scheme, Round round) {
        List<Award> list = awards.findByRoundIdOrderById(round.id());
        BigDecimal total = sum(list);
        BigDecimal remaining =
                round.allocation() == null ? null : round.allocation().subtract(total);
        Map<String, List<PlanObjective>> objectives = new HashMap<>();
        return new GrantRound(
                scheme.slug(),
                scheme.name(),
                round.year(),
                round.example(),
                round.allocation(),
                total,
                round.publishedTotal(),
                round.publishedTotal() == null ? null : total.subtract(round.publishedTotal()),
                remaining,
                round.publishedRemaining(),
                remaining == null || round.publishedRemaining() == null
                        ? null
                        : remaining.subtract(round.publishedRemaining()),
                round.decisionNumber(),
                round.source(),
                round.note(),
                list.stream().map(a -> award(a, scheme, round, objectives)).toList(),
                round.version());
    }

    private GrantAward award(Award award) {
        Round round = rounds.findById(award.roundId()).orElseThrow();
        Scheme scheme = schemes.findById(round.schemeId()).orElseThrow();
        return award(award, scheme, round, new HashMap<>());
    }

    private GrantAward award(Award award, Scheme scheme, Round round, Map<String, List<PlanObjective>> cache) {
        List<GrantAward.ObjectiveServed> served = award.objectives().stream()
                .sorted(Comparator.comparing(Award.Objective::planKey)
                        .thenComparing(Award.Objective::versionLabel)
                        .thenComparing(Award.Objective::anchor))
                .map(o -> {
                    Optional<PlanObjective> objective = cache
                            .computeIfAbsent(
                                    o.planKey() + "|" + o.versionLabel(),
                                    k -> plans.objectives(o.planKey(), o.versionLabel()))
                            .stream()
                            .filter(p -> p.anchor().equals(o.anchor()))
                            .findFirst();
                    return new GrantAward.ObjectiveServed(
                            o.planKey(),
                            o.versionLabel(),
                            o.anchor(),
                            objective.map(PlanObjective::words).orElse(null),
                            objective.map(PlanObjective::planPage).orElse(null));
                })
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<GrantAward.MonitoringReturn> returns = new ArrayList<>();
        for (int i = 0; i < award.returns().size(); i++) {
            Award.Return r = award.returns().get(i);
            GrantAward.MonitoringReturn.Status status = r.receivedOn() != null
                    ? GrantAward.MonitoringReturn.Status.RECEIVED
                    : r.dueOn() == null
                            ? GrantAward.MonitoringReturn.Status.NOT_DUE
                            : r.dueOn().isBefore(today)
                                    ? GrantAward.MonitoringReturn.Status.OVERDUE
                                    : GrantAward.MonitoringReturn.Status.DUE;
            returns.add(
                    new GrantAward.MonitoringReturn(i + 1, r.period(), r.dueOn(), r.receivedOn(), r.summary(), status));
        }
        return new GrantAward(
                award.id(),
                scheme.slug(),
                scheme.name(),
                round.year(),
                award.recipient(),
                award.purpose(),
                award.amount(),
                award.area(),
                award.conditions(),
                award.awardedOn(),
                award.startsOn(),
                award.endsOn(),
                award.decisionNumber(),
                award.note(),
                round.example(),
                served,
                returns,
                award.version());
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private AwardFileReader.Objectives objectiveLookup() {
        Map<String, List<PlanObjective>> cache = new HashMap<>();
        return (planKey, versionLabel, number) ->
                cache
                        .computeIfAbsent(planKey + "|" + versionLabel, k -> plans.objectives(planKey, versionLabel))
                        .stream()
                        .filter(o -> number.equals(o.number()))
                        .map(PlanObjective::anchor)
                        .findFirst();
    }

    private void publish(
            Award award,
            Scheme scheme,
            Round round,
            GrantAwardChanged.Change change,
            String by,
            Object before,
            Object after) {
        events.publishEvent(new GrantAwardChanged(
                award.id(),
                scheme.name(),
                round.year(),
                award.recipient(),
                change,
                by,
                snapshots.of(before),
                snapshots.of(after)));
    }

    private void publish(Award award, GrantAwardChanged.Change change, String by, Object before, Object after) {
        Round round = rounds.findById(award.roundId()).orElseThrow();
        Scheme scheme = schemes.findById(round.schemeId()).orElseThrow();
        publish(award, scheme, round, change, by, before, after);
    }

    private Scheme schemeEntity(String slug) {
        return schemes.findBySlug(slug).orElseThrow(() -> new GrantNotFound("There is no grant scheme " + slug + "."));
    }

    private Round roundEntity(Scheme scheme, FinancialYear year) {
        return rounds.findBySchemeIdAndYearStart(scheme.id(), year.startYear())
                .orElseThrow(() -> new GrantNotFound(scheme.name() + " has no awards for " + year + "."));
    }

    private Award awardEntity(long id) {
        return awards.findById(id).orElseThrow(() -> new GrantNotFound("There is no grant award " + id + "."));
    }

    private Award lockedAward(long id, int lock) {
        Award award = awardEntity(id);
        checkLock(award.version(), lock, "the award to " + award.recipient());
        return award;
    }

    private static Award.Return returnAt(Award award, int position) {
        if (position < 1 || position > award.returns().size()) {
            throw new GrantNotFound(
                    "The award to " + award.recipient() + " has no monitoring return " + position + ".");
        }
        return award.returns().get(position - 1);
    }

    private static void checkLock(Integer version, int lock, String what) {
        if (!Objects.equals(version, lock)) {
            throw new GrantConflict("Someone else changed " + what + " after you opened this page. Nothing was"
                    + " saved: check what is saved now and make your change again.");
        }
    }

    private static BigDecimal sum(List<Award> list) {
        return list.stream().map(Award::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
