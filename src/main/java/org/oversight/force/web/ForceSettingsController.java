package org.oversight.force.web;

import java.util.Map;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.force.ForceApi;
import org.oversight.force.ForceRefused;
import org.oversight.force.ForceSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first-run page, and the settings page afterwards, for administrators: which data.police.uk
 * force this Oversight serves and the office's name for page headers and reports.
 */
@Controller
@AdminAccess
class ForceSettingsController {

    private final ForceApi force;

    ForceSettingsController(ForceApi force) {
        this.force = force;
    }

    @GetMapping("/settings/force")
    String settings(Model model) {
        ForceSettings current = force.current().orElse(null);
        return page(
                model, current == null ? "" : current.slug(), current == null ? "" : current.officeName(), Map.of());
    }

    @PostMapping("/settings/force")
    String save(
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String officeName,
            Model model,
            RedirectAttributes redirect) {
        try {
            ForceSettings saved = force.configure(slug, null, officeName, CurrentUser.name());
            redirect.addFlashAttribute("saved", saved.name() + " and the " + saved.officeName());
            return "redirect:/settings/force";
        } catch (ForceRefused e) {
            return page(model, slug, officeName, e.problems());
        }
    }

    private String page(Model model, String slug, String officeName, Map<String, String> errors) {
        model.addAttribute("current", force.current().orElse(null));
        model.addAttribute("forces", force.knownForces());
        model.addAttribute("slug", slug);
        model.addAttribute("officeName", officeName);
        model.addAttribute("errors", errors);
        return "force/settings";
    }
}
