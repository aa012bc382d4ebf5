package org.oversight.finance.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.BudgetDetailsSaved;
import org.oversight.finance.BudgetForecastsSaved;
import org.oversight.finance.BudgetLineRemoved;
import org.oversight.finance.BudgetLineSaved;
import org.oversight.finance.BudgetLinesImported;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.ForecastPeriod;
import org.oversight.finance.change.Snapshots;
import org.oversight.shared.FinancialYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budgets: reading them with their figures, creating them, importing their lines, and editing
 * details, lines and forecasts. Every change checks the optimistic lock the form was opened with,
 * keeps the budget's rules, and publishes its event in the same transaction.
 */
@Service
public class Budgets {

    private static final Logger log = LoggerFactory.getLogger(Budgets.class);

    private final BudgetRepository repository;
    private final ApplicationEventPublisher events;
    private final Snapshots snapshots;
    private final Clock clock;

    Budgets(BudgetRepository repository, ApplicationEventPublisher events, Snapshots snapshots, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Budget> all() {
        return repository.findAllByOrderByYearStartDesc();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<Budget> find(FinancialYear year) {
        return repository.findByYearStart(year.startYear());
    }

    /** The year's budget; {@link BudgetNotFound} when there is none. */
    @Transactional(readOnly = true)
    public Budget get(FinancialYear year) {
        return find(year).orElseThrow(() -> new BudgetNotFound("There is no budget for " + year + "."));
    }

    /** The year's budget with its figures (last year's budget gives the Band D change). */
    @Transactional(readOnly = true)
    public Optional<BudgetStatement> statement(FinancialYear year) {
        return find(year)
                .map(budget -> BudgetFigures.of(budget, find(year.previous()).orElse(null)));
    }

    @Transactional
    public Budget create(FinancialYear year, BudgetDetails details, boolean example, String by) {
        if (find(year).isPresent()) {
            throw new BudgetRuleViolation("year", "There is already a budget for " + year);
        }
        Budget saved = repository.save(Budget.create(year, example, details).touchedBy(by, clock.instant()));
        events.publishEvent(new BudgetDetailsSaved(year, true, by, null, snapshots.of(details)));
        log.info("event=budget_created year={} example={}", year, example);
        return saved;
    }

    @Transactional
    public Budget saveDetails(FinancialYear year, BudgetDetails details, int lock, String by) {
        Budget budget = locked(year, lock);
        Budget saved = repository.save(budget.withDetails(details).touchedBy(by, clock.instant()));
        events.publishEvent(
                new BudgetDetailsSaved(year, false, by, snapshots.of(budget.details()), snapshots.of(details)));
        return saved;
    }

    /**
     * Replaces the budget's lines with a file's (CSV or Excel), all or nothing. Refused while
     * forecasts are recorded, since they belong to the lines being replaced.
     */
    @Transactional
    public Budget importLines(FinancialYear year, String fileName, byte[] content, Integer lock, String by) {
        Budget budget = lock == null ? get(year) : locked(year, lock);
        if (budget.hasForecasts()) {
            throw new FinanceFileRefused(
                    fileName,
                    List.of(FileProblem.ofFile("the " + year + " budget has forecasts or an outturn recorded against"
                            + " its lines, which an import would lose: change its lines one by one instead")));
        }
        List<BudgetLine> lines = new BudgetFileReader().read(fileName, content);
        Budget saved = repository.save(budget.withLines(lines).touchedBy(by, clock.instant()));
        events.publishEvent(new BudgetLinesImported(
                year,
                fileName,
                lines.size(),
                budget.lines().size(),
                by,
                snapshots.of(budget.lines()),
                snapshots.of(lines)));
        log.info("event=budget_lines_imported year={} file={} lines={}", year, fileName, lines.size());
        return saved;
    }

    /**
     * Adds a line ({@code key} null) or changes one, keeping its key and forecasts.
     *
     * @param content the line as the form gives it; its key is ignored
     */
    @Transactional
    public BudgetLine saveLine(FinancialYear year, String key, BudgetLine content, int lock, String by) {
        Budget budget = locked(year, lock);
        List<BudgetLine> lines = new ArrayList<>(budget.lines());
        BudgetLine before = null;
        BudgetLine after;
        if (key == null) {
            after = BudgetLine.of(
                    budget.newKey(content.name()),
                    content.side(),
                    content.name(),
                    content.parentKey(),
                    content.amount(),
                    content.publishedShare(),
                    content.perHead(),
                    content.publishedPerHead(),
                    content.note());
            lines.add(after);
        } else {
            before = budget.line(key)
                    .orElseThrow(() -> new BudgetNotFound("The " + year + " budget has no line " + key + "."));
            if (before.side() != content.side() && budget.hasChildren(key)) {
                throw new BudgetRuleViolation(
                        "side", "Lines are under " + before.name() + ", so it cannot move to the other side");
            }
            after = before.withContent(content);
            lines.set(lines.indexOf(before), after);
        }
        repository.save(budget.withLines(lines).touchedBy(by, clock.instant()));
        events.publishEvent(new BudgetLineSaved(
                year, after.lineKey(), after.name(), key == null, by, snapshots.of(before), snapshots.of(after)));
        return after;
    }

    @Transactional
    public void removeLine(FinancialYear year, String key, int lock, String by) {
        Budget budget = locked(year, lock);
        BudgetLine line = budget.line(key)
                .orElseThrow(() -> new BudgetNotFound("The " + year + " budget has no line " + key + "."));
        if (budget.hasChildren(key)) {
            throw new BudgetRuleViolation(
                    "line", "Lines are under " + line.name() + ": remove them or move them first");
        }
        List<BudgetLine> lines = new ArrayList<>(budget.lines());
        lines.remove(line);
        repository.save(budget.withLines(lines).touchedBy(by, clock.instant()));
        events.publishEvent(new BudgetLineRemoved(year, key, line.name(), by, snapshots.of(line)));
    }

    /**
     * Records the period's forecasts (or outturn) of the lines given; a null value clears one. Lines
     * with lines under them take theirs from those lines and cannot be given one.
     */
    @Transactional
    public int saveForecasts(
            FinancialYear year, ForecastPeriod period, Map<String, BigDecimal> values, int lock, String by) {
        Budget budget = locked(year, lock);
        List<BudgetLine> lines = new ArrayList<>();
        Map<String, BigDecimal> before = new java.util.LinkedHashMap<>();
        Map<String, BigDecimal> after = new java.util.LinkedHashMap<>();
        for (BudgetLine line : budget.lines()) {
            if (values.containsKey(line.lineKey())
                    && !Objects.equals(line.forecast(period), values.get(line.lineKey()))) {
                if (budget.hasChildren(line.lineKey())) {
                    throw new BudgetRuleViolation(
                            line.lineKey(), line.name() + " takes its forecast from the lines under it");
                }
                before.put(line.lineKey(), line.forecast(period));
                after.put(line.lineKey(), values.get(line.lineKey()));
                lines.add(line.withForecast(period, values.get(line.lineKey())));
            } else {
                lines.add(line);
            }
        }
        for (String key : values.keySet()) {
            if (budget.line(key).isEmpty()) {
                throw new BudgetNotFound("The " + year + " budget has no line " + key + ".");
            }
        }
        if (!after.isEmpty()) {
            repository.save(budget.withLines(lines).touchedBy(by, clock.instant()));
            events.publishEvent(new BudgetForecastsSaved(
                    year, period, after.size(), by, snapshots.of(before), snapshots.of(after)));
        }
        return after.size();
    }

    private Budget locked(FinancialYear year, int lock) {
        Budget budget = get(year);
        if (budget.version() == null || budget.version() != lock) {
            throw new BudgetConflict("Someone else changed the " + year + " budget after you opened this page."
                    + " Nothing was saved: check what is saved now and make your change again.");
        }
        return budget;
    }
}
