package org.oversight.finance.web;

import static org.oversight.finance.web.FormValues.blankToNull;
import static org.oversight.finance.web.FormValues.text;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.decisions.DecisionsApi;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.ForecastPeriod;
import org.oversight.finance.budget.Budget;
import org.oversight.finance.budget.BudgetConflict;
import org.oversight.finance.budget.BudgetLine;
import org.oversight.finance.budget.BudgetNotFound;
import org.oversight.finance.budget.BudgetRuleViolation;
import org.oversight.finance.budget.Budgets;
import org.oversight.finance.table.Fields;
import org.oversight.finance.web.BudgetForms.DetailsForm;
import org.oversight.finance.web.BudgetForms.LineForm;
import org.oversight.finance.web.BudgetForms.NewBudgetForm;
import org.oversight.shared.FinancialYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Analysts create budgets, change their details, import their lines from CSV or Excel, edit lines one
 * by one and record forecasts. A save made from an out-of-date page is refused and the form shown
 * again with what is saved now.
 */
@Controller
@AnalystAccess
class BudgetEditController {

    static final String CONFLICT = "conflict";

    private final Budgets budgets;
    private final DecisionsApi decisions;

    BudgetEditController(Budgets budgets, DecisionsApi decisions) {
        this.budgets = budgets;
        this.decisions = decisions;
    }

    // ---- A new budget ------------------------------------------------------------------------

    @GetMapping("/finance/budgets/new")
    String newBudget(Model model) {
        model.addAttribute("form", new NewBudgetForm("", ""));
        return "finance/new-budget";
    }

    @PostMapping("/finance/budgets/new")
    String createBudget(
            @Valid @ModelAttribute("form") NewBudgetForm form, BindingResult errors, RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        FinancialYear year = null;
        if (!errors.hasFieldErrors("year")) {
            try {
                year = FinancialYear.parse(form.year().replace('-', '/'));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("year", "year", "Enter a financial year like 2025/26");
            }
        }
        if (!errors.hasErrors()) {
            try {
                budgets.create(
                        year,
                        new BudgetDetails(
                                blankToNull(form.source()), null, null, null, null, null, null, null, null, null, null),
                        false,
                        CurrentUser.name());
                flash.addFlashAttribute(
                        "saved", "Budget created. Import its lines from a file or add them one by one.");
                return "redirect:" + FinancePaths.budget(year);
            } catch (BudgetRuleViolation e) {
                errors.rejectValue("year", "rule", e.getMessage());
            }
        }
        return "finance/new-budget";
    }

    // ---- Details -----------------------------------------------------------------------------

    @GetMapping("/finance/budgets/{year}/details")
    String details(@PathVariable String year, Model model) {
        Budget budget = budgets.get(FinancePaths.year(year));
        BudgetDetails d = budget.details();
        model.addAttribute(
                "form",
                new DetailsForm(
                        text(d.source()),
                        d.residentPopulation() == null ? "" : String.format("%,d", d.residentPopulation()),
                        text(d.populationSource()),
                        text(d.publishedCostPerResident()),
                        text(d.publishedSpendingTotal()),
                        text(d.publishedFundingTotal()),
                        text(d.precept()),
                        text(d.councilTaxBase()),
                        text(d.bandD()),
                        text(d.decisionNumber()),
                        text(d.note()),
                        budget.version()));
        return detailsPage(budget, model);
    }

    @PostMapping("/finance/budgets/{year}/details")
    String saveDetails(
            @PathVariable String year,
            @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        FinancialYear financialYear = FinancePaths.year(year);
        Budget budget = budgets.get(financialYear);
        BudgetDetails details = new BudgetDetails(
                blankToNull(form.source()),
                FormValues.count(form.residentPopulation(), "residentPopulation", errors),
                blankToNull(form.populationSource()),
                FormValues.pounds(form.publishedCostPerResident(), "publishedCostPerResident", errors),
                FormValues.pounds(form.publishedSpendingTotal(), "publishedSpendingTotal", errors),
                FormValues.pounds(form.publishedFundingTotal(), "publishedFundingTotal", errors),
                FormValues.pounds(form.precept(), "precept", errors),
                FormValues.decimal(form.councilTaxBase(), "councilTaxBase", errors),
                FormValues.pounds(form.bandD(), "bandD", errors),
                blankToNull(form.decisionNumber()),
                blankToNull(form.note()));
        if (details.decisionNumber() != null
                && decisions.decision(details.decisionNumber()).isEmpty()) {
            errors.rejectValue(
                    "decisionNumber",
                    "decision",
                    "There is no decision " + details.decisionNumber()
                            + " in the decisions register: add it there first");
        }
        if (!errors.hasErrors()) {
            try {
                budgets.saveDetails(financialYear, details, form.lock(), CurrentUser.name());
                flash.addFlashAttribute("saved", "The budget's details are saved.");
                return "redirect:" + FinancePaths.budget(financialYear);
            } catch (BudgetRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (BudgetConflict e) {
                conflict(e, budget, model);
            }
        }
        return detailsPage(budget, model);
    }

    private String detailsPage(Budget budget, Model model) {
        model.addAttribute("year", budget.year());
        model.addAttribute("yearPath", FinancePaths.year(budget.year()));
        return "finance/budget-details";
    }

    // ---- Import ------------------------------------------------------------------------------

    @GetMapping("/finance/budgets/{year}/import")
    String importForm(@PathVariable String year, Model model) {
        return importPage(budgets.get(FinancePaths.year(year)), model);
    }

    @PostMapping("/finance/budgets/{year}/import")
    String importLines(
            @PathVariable String year,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam("lock") int lock,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        FinancialYear financialYear = FinancePaths.year(year);
        Budget budget = budgets.get(financialYear);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV or Excel file of the budget's lines");
            return importPage(budget, model);
        }
        String name = file.getOriginalFilename() == null ? "budget.csv" : file.getOriginalFilename();
        try {
            Budget saved = budgets.importLines(financialYear, name, file.getBytes(), lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "Imported " + saved.lines().size() + " lines from " + name + ".");
            return "redirect:" + FinancePaths.budget(financialYear);
        } catch (FinanceFileRefused e) {
            model.addAttribute(
                    "fileError", "The file " + name + " was not imported: fix the problems listed and try again");
            model.addAttribute("problems", e.problems());
        } catch (BudgetConflict e) {
            model.addAttribute("fileError", e.getMessage());
        }
        return importPage(budgets.get(financialYear), model);
    }

    private String importPage(Budget budget, Model model) {
        model.addAttribute("budget", budget);
        model.addAttribute("yearPath", FinancePaths.year(budget.year()));
        return "finance/budget-import";
    }

    // ---- Lines -------------------------------------------------------------------------------

    @GetMapping("/finance/budgets/{year}/lines/new")
    String newLine(@PathVariable String year, Model model) {
        Budget budget = budgets.get(FinancePaths.year(year));
        model.addAttribute("form", new LineForm("spending", "", "", "", "", false, "", "", budget.version()));
        return linePage(budget, null, model);
    }

    @GetMapping("/finance/budgets/{year}/lines/{key}")
    String line(@PathVariable String year, @PathVariable String key, Model model) {
        Budget budget = budgets.get(FinancePaths.year(year));
        BudgetLine line = budget.line(key)
                .orElseThrow(() -> new BudgetNotFound("The " + budget.year() + " budget has no line " + key + "."));
        model.addAttribute("form", lineForm(line, budget.version()));
        return linePage(budget, line, model);
    }

    @PostMapping({"/finance/budgets/{year}/lines/new", "/finance/budgets/{year}/lines/{key}"})
    String saveLine(
            @PathVariable String year,
            @PathVariable(required = false) String key,
            @Valid @ModelAttribute("form") LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        FinancialYear financialYear = FinancePaths.year(year);
        Budget budget = budgets.get(financialYear);
        BudgetLine existing = key == null
                ? null
                : budget.line(key)
                        .orElseThrow(
                                () -> new BudgetNotFound("The " + financialYear + " budget has no line " + key + "."));
        BudgetSide side = null;
        if (!errors.hasFieldErrors("side")) {
            try {
                side = BudgetSide.parse(form.side());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("side", "side", "Choose spending or funding");
            }
        }
        BigDecimal amount = FormValues.pounds(form.amount(), "amount", errors);
        BigDecimal share = FormValues.percent(form.publishedShare(), "publishedShare", errors);
        BigDecimal perHead = FormValues.pounds(form.publishedPerHead(), "publishedPerHead", errors);
        if (perHead != null && !form.perHead()) {
            errors.rejectValue(
                    "publishedPerHead",
                    "perHead",
                    "Tick that the line counts in the cost per resident, or leave this empty");
        }
        if (!errors.hasErrors()) {
            try {
                BudgetLine content = BudgetLine.of(
                        null,
                        side,
                        form.name(),
                        blankToNull(form.parent()),
                        amount,
                        share,
                        form.perHead(),
                        perHead,
                        blankToNull(form.note()));
                BudgetLine saved = budgets.saveLine(financialYear, key, content, form.lock(), CurrentUser.name());
                flash.addFlashAttribute(
                        "saved", (key == null ? "Added the line " : "Saved the line ") + saved.name() + ".");
                return "redirect:" + FinancePaths.budget(financialYear) + "#line-" + saved.lineKey();
            } catch (BudgetRuleViolation e) {
                errors.rejectValue(fieldOf(e.field()), "rule", e.getMessage());
            } catch (BudgetConflict e) {
                conflict(e, budget, model);
            }
        }
        return linePage(budget, existing, model);
    }

    @PostMapping("/finance/budgets/{year}/lines/{key}/remove")
    String removeLine(
            @PathVariable String year,
            @PathVariable String key,
            @RequestParam("lock") int lock,
            Model model,
            RedirectAttributes flash) {
        FinancialYear financialYear = FinancePaths.year(year);
        Budget budget = budgets.get(financialYear);
        BudgetLine line = budget.line(key)
                .orElseThrow(() -> new BudgetNotFound("The " + financialYear + " budget has no line " + key + "."));
        try {
            budgets.removeLine(financialYear, key, lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "Removed the line " + line.name() + ".");
            return "redirect:" + FinancePaths.budget(financialYear);
        } catch (BudgetRuleViolation | BudgetConflict e) {
            model.addAttribute("form", lineForm(line, budget.version()));
            model.addAttribute(CONFLICT, e.getMessage());
            model.addAttribute("currentLock", budget.version());
            return linePage(budget, line, model);
        }
    }

    private String linePage(Budget budget, BudgetLine line, Model model) {
        model.addAttribute("year", budget.year());
        model.addAttribute("yearPath", FinancePaths.year(budget.year()));
        model.addAttribute("line", line);
        model.addAttribute(
                "parents",
                budget.lines().stream()
                        .filter(l -> line == null || !l.lineKey().equals(line.lineKey()))
                        .toList());
        return "finance/budget-line";
    }

    private static LineForm lineForm(BudgetLine line, int lock) {
        return new LineForm(
                line.side().slug(),
                line.name(),
                text(line.parentKey()),
                text(line.amount()),
                text(line.publishedShare()),
                line.perHead(),
                text(line.publishedPerHead()),
                text(line.note()),
                lock);
    }

    /** The form field a rule of the budget names (the budget's own names differ from the form's here and there). */
    private static String fieldOf(String rule) {
        return switch (rule) {
            case "name", "side", "amount", "perHead" -> rule;
            case "key", "line" -> "name";
            default -> "parent";
        };
    }

    // ---- Forecasts ---------------------------------------------------------------------------

    @GetMapping("/finance/budgets/{year}/forecasts/{period}")
    String forecasts(@PathVariable String year, @PathVariable String period, Model model) {
        Budget budget = budgets.get(FinancePaths.year(year));
        ForecastPeriod forecastPeriod = period(period);
        Map<String, String> values = new LinkedHashMap<>();
        leaves(budget).forEach(l -> values.put(l.lineKey(), text(l.forecast(forecastPeriod))));
        return forecastsPage(budget, forecastPeriod, values, Map.of(), budget.version(), model);
    }

    @PostMapping("/finance/budgets/{year}/forecasts/{period}")
    String saveForecasts(
            @PathVariable String year,
            @PathVariable String period,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes flash) {
        FinancialYear financialYear = FinancePaths.year(year);
        Budget budget = budgets.get(financialYear);
        ForecastPeriod forecastPeriod = period(period);
        int lock = Integer.parseInt(parameters.getOrDefault("lock", "-1"));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (BudgetLine line : leaves(budget)) {
            String text =
                    parameters.getOrDefault("forecast-" + line.lineKey(), "").strip();
            values.put(line.lineKey(), text);
            if (text.isEmpty()) {
                amounts.put(line.lineKey(), null);
                continue;
            }
            BigDecimal amount = Fields.parseAmount(text);
            if (amount == null || amount.stripTrailingZeros().scale() > 2) {
                problems.put(line.lineKey(), "Enter the " + line.name() + " figure in pounds, like 1234.56");
            } else {
                amounts.put(line.lineKey(), amount.setScale(2));
            }
        }
        if (problems.isEmpty()) {
            try {
                int changed = budgets.saveForecasts(financialYear, forecastPeriod, amounts, lock, CurrentUser.name());
                flash.addFlashAttribute(
                        "saved",
                        forecastPeriod.shortWords() + " saved: " + changed + (changed == 1 ? " line" : " lines")
                                + " changed.");
                return "redirect:" + FinancePaths.budget(financialYear) + "#forecasts";
            } catch (BudgetConflict e) {
                model.addAttribute(CONFLICT, e.getMessage());
                return forecastsPage(budget, forecastPeriod, values, problems, budget.version(), model);
            }
        }
        return forecastsPage(budget, forecastPeriod, values, problems, lock, model);
    }

    private String forecastsPage(
            Budget budget,
            ForecastPeriod period,
            Map<String, String> values,
            Map<String, String> problems,
            int lock,
            Model model) {
        model.addAttribute("year", budget.year());
        model.addAttribute("yearPath", FinancePaths.year(budget.year()));
        model.addAttribute("period", period);
        model.addAttribute("lines", leaves(budget));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("lock", lock);
        return "finance/budget-forecasts";
    }

    private static List<BudgetLine> leaves(Budget budget) {
        return budget.lines().stream()
                .filter(l -> !budget.hasChildren(l.lineKey()))
                .toList();
    }

    private static ForecastPeriod period(String slug) {
        return ForecastPeriod.fromSlug(slug)
                .orElseThrow(() ->
                        new BudgetNotFound("'" + slug + "' is not a forecast period: use q1, q2, q3 or outturn."));
    }

    private static void conflict(RuntimeException e, Budget budget, Model model) {
        model.addAttribute(CONFLICT, e.getMessage());
        model.addAttribute("currentLock", budget.version());
    }
}
