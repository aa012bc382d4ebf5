package org.oversight.finance.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.SpendingFile;
import org.oversight.finance.budget.BudgetNotFound;
import org.oversight.finance.spending.SpendingFiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Analysts import a month's spending file (after its checks) and remove one. */
@Controller
@AnalystAccess
class SpendingImportController {

    private final SpendingFiles spending;
    private final FinanceFormat format;

    SpendingImportController(SpendingFiles spending, FinanceFormat format) {
        this.spending = spending;
        this.format = format;
    }

    @GetMapping("/finance/spending/import")
    String importForm(Model model) {
        model.addAttribute("month", "");
        return "finance/spending-import";
    }

    @PostMapping("/finance/spending/import")
    String importFile(
            @RequestParam(value = "month", required = false) String month,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "replace", defaultValue = "false") boolean replace,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        model.addAttribute("month", month == null ? "" : month);
        model.addAttribute("replace", replace);
        YearMonth yearMonth = null;
        try {
            yearMonth = month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("monthError", "Enter the month the file is for, like 2024-04");
        }
        if (month == null || month.isBlank()) {
            model.addAttribute("monthError", "Enter the month the file is for, like 2024-04");
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select the month's spending file (CSV or Excel)");
        }
        if (model.containsAttribute("monthError") || model.containsAttribute("fileError")) {
            return "finance/spending-import";
        }
        String name = file.getOriginalFilename() == null ? "spending.csv" : file.getOriginalFilename();
        try {
            SpendingFile imported = spending.importFile(yearMonth, name, file.getBytes(), replace, CurrentUser.name());
            flash.addFlashAttribute(
                    "saved",
                    "Imported " + imported.lines() + " lines for " + format.month(yearMonth) + "; "
                            + imported.notedLines() + (imported.notedLines() == 1 ? " has" : " have") + " a note.");
            return "redirect:/finance/spending/" + yearMonth;
        } catch (FinanceFileRefused e) {
            model.addAttribute(
                    "fileError", "The file " + name + " was not imported: fix the problems listed and try again");
            model.addAttribute("problems", e.problems());
        }
        return "finance/spending-import";
    }

    @GetMapping("/finance/spending/{month}/remove")
    String confirmRemove(@PathVariable String month, Model model) {
        YearMonth yearMonth = FinancePaths.month(month);
        model.addAttribute(
                "file",
                spending.file(yearMonth)
                        .orElseThrow(() -> new BudgetNotFound("There is no spending file for " + yearMonth + ".")));
        return "finance/spending-remove";
    }

    @PostMapping("/finance/spending/{month}/remove")
    String remove(@PathVariable String month, RedirectAttributes flash) {
        YearMonth yearMonth = FinancePaths.month(month);
        if (!spending.remove(yearMonth, CurrentUser.name())) {
            throw new BudgetNotFound("There is no spending file for " + yearMonth + ".");
        }
        flash.addFlashAttribute("saved", "Removed the spending file for " + format.month(yearMonth) + ".");
        return "redirect:/finance/spending";
    }
}
