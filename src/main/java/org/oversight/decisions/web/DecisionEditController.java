package org.oversight.decisions.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.decisions.Decision;
import org.oversight.decisions.DecisionFileRefused;
import org.oversight.decisions.register.DecisionConflict;
import org.oversight.decisions.register.DecisionContent;
import org.oversight.decisions.register.DecisionRegister;
import org.oversight.decisions.register.DecisionRuleViolation;
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

/** Analysts add, change and remove decisions, import files of them, and attach decision notices. */
@Controller
@AnalystAccess
class DecisionEditController {

    private final DecisionRegister register;

    DecisionEditController(DecisionRegister register) {
        this.register = register;
    }

    @GetMapping("/decisions/new")
    String newDecision(Model model) {
        model.addAttribute(
                "form", new DecisionForm("", "", "", "Police and Crime Commissioner", "", "", false, "", null));
        model.addAttribute("decision", null);
        return "decisions/form";
    }

    @PostMapping("/decisions/new")
    String add(
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AlteredForm.refuse(errors);
        DecisionContent content = content(form, errors);
        if (!errors.hasErrors()) {
            try {
                Decision added = register.add(content, false, CurrentUser.name());
                flash.addFlashAttribute("saved", "Decision " + added.number() + " is in the register.");
                return "redirect:" + DecisionPages.path(added);
            } catch (DecisionRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("decision", null);
        return "decisions/form";
    }

    @GetMapping("/decisions/{number}/edit")
    String edit(@PathVariable String number, Model model) {
        Decision decision = register.get(number);
        model.addAttribute(
                "form",
                new DecisionForm(
                        decision.number(),
                        decision.title(),
                        decision.decidedOn().toString(),
                        decision.decisionMaker(),
                        text(decision.summary()),
                        text(decision.financialImplications()),
                        decision.confidential(),
                        text(decision.source()),
                        decision.version()));
        model.addAttribute("decision", decision);
        return "decisions/form";
    }

    @PostMapping("/decisions/{number}/edit")
    String save(
            @PathVariable String number,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AlteredForm.refuse(errors);
        Decision decision = register.get(number);
        DecisionContent content = content(form, errors);
        if (!errors.hasErrors()) {
            try {
                Decision saved =
                        register.save(number, content, form.lock() == null ? -1 : form.lock(), CurrentUser.name());
                flash.addFlashAttribute("saved", "Decision " + saved.number() + " is saved.");
                return "redirect:" + DecisionPages.path(saved);
            } catch (DecisionRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (DecisionConflict e) {
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("currentLock", decision.version());
            }
        }
        model.addAttribute("decision", decision);
        return "decisions/form";
    }

    @GetMapping("/decisions/{number}/remove")
    String confirmRemove(@PathVariable String number, Model model) {
        model.addAttribute("decision", register.get(number));
        return "decisions/remove";
    }

    @PostMapping("/decisions/{number}/remove")
    String remove(@PathVariable String number, @RequestParam("lock") int lock, Model model, RedirectAttributes flash) {
        try {
            register.remove(number, lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "Decision " + number + " is removed from the register.");
            return "redirect:/decisions";
        } catch (DecisionConflict e) {
            model.addAttribute("decision", register.get(number));
            model.addAttribute("conflict", e.getMessage());
            return "decisions/remove";
        }
    }

    @PostMapping("/decisions/{number}/notice")
    String attachNotice(
            @PathVariable String number,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam("lock") int lock,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        Decision decision = register.get(number);
        try {
            if (file == null || file.isEmpty()) {
                throw new DecisionRuleViolation("file", "Select the decision notice (PDF, Word or OpenDocument)");
            }
            register.checkSize(file.getSize());
            Decision saved = register.attachNotice(
                    number, file.getOriginalFilename(), file.getBytes(), lock, CurrentUser.name());
            flash.addFlashAttribute(
                    "saved", "The decision notice " + saved.notice().fileName() + " is attached.");
            return "redirect:" + DecisionPages.path(saved) + "#notice";
        } catch (DecisionRuleViolation | DecisionConflict e) {
            DecisionView.REGISTER.describe(model, "/" + number);
            model.addAttribute("decision", decision);
            model.addAttribute("noticeError", e.getMessage());
            model.addAttribute("maxSize", String.format("%.0f MB", register.noticeMaxBytes() / 1_048_576.0));
            return "decisions/decision";
        }
    }

    @PostMapping("/decisions/{number}/notice/remove")
    String removeNotice(
            @PathVariable String number, @RequestParam("lock") int lock, Model model, RedirectAttributes flash) {
        try {
            register.removeNotice(number, lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "The decision notice is removed.");
            return "redirect:/decisions/" + number + "#notice";
        } catch (DecisionConflict e) {
            DecisionView.REGISTER.describe(model, "/" + number);
            model.addAttribute("decision", register.get(number));
            model.addAttribute("noticeError", e.getMessage());
            model.addAttribute("maxSize", String.format("%.0f MB", register.noticeMaxBytes() / 1_048_576.0));
            return "decisions/decision";
        }
    }

    @GetMapping("/decisions/import")
    String importForm() {
        return "decisions/import";
    }

    @PostMapping("/decisions/import")
    String importFile(
            @RequestParam(value = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file of decisions");
            return "decisions/import";
        }
        String name = file.getOriginalFilename() == null ? "decisions.csv" : file.getOriginalFilename();
        try {
            int added = register.importFile(name, file.getBytes(), false, CurrentUser.name())
                    .size();
            flash.addFlashAttribute(
                    "saved", "Imported " + added + (added == 1 ? " decision" : " decisions") + " from " + name + ".");
            return "redirect:/decisions";
        } catch (DecisionFileRefused e) {
            model.addAttribute(
                    "fileError", "The file " + name + " was not imported: fix the problems listed and try again");
            model.addAttribute("problems", e.problems());
            return "decisions/import";
        }
    }

    private static DecisionContent content(DecisionForm form, BindingResult errors) {
        LocalDate date = null;
        if (!errors.hasFieldErrors("decidedOn")) {
            try {
                date = org.oversight.decisions.register.DecisionDates.parse(form.decidedOn());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("decidedOn", "date", "Enter a real date, like 08/02/2019");
            }
        }
        return new DecisionContent(
                form.number(),
                form.title(),
                date,
                form.decisionMaker(),
                form.summary(),
                form.financialImplications(),
                form.confidential(),
                form.source());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
