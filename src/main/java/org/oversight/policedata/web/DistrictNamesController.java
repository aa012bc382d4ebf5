package org.oversight.policedata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.force.ForceApi;
import org.oversight.policedata.DistrictName;
import org.oversight.policedata.DistrictNamesRefused;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The force's districts for administrators: each local authority district the LSOA names of its
 * street data give, and the name it is shown under (rename one, or give several one name to group
 * them).
 */
@Controller
@AdminAccess
class DistrictNamesController {

    private final PoliceDataApi policeData;
    private final ForceApi force;

    DistrictNamesController(PoliceDataApi policeData, ForceApi force) {
        this.policeData = policeData;
        this.force = force;
    }

    @GetMapping("/police-data/districts")
    String districts(Model model) {
        String slug = force.slug();
        return page(model, slug, slug.isEmpty() ? List.of() : policeData.districtNames(slug), null);
    }

    @PostMapping("/police-data/districts")
    String rename(@RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        String slug = force.slug();
        Map<String, String> shownAs = new LinkedHashMap<>();
        for (int i = 0; fields.containsKey("district-" + i); i++) {
            String shown = fields.getFirst("shownAs-" + i);
            shownAs.put(fields.getFirst("district-" + i), shown == null ? "" : shown);
        }
        try {
            policeData.nameDistricts(slug, shownAs, CurrentUser.name());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/police-data/districts";
        } catch (DistrictNamesRefused e) {
            List<DistrictName> entered = shownAs.entrySet().stream()
                    .map(en -> new DistrictName(en.getKey(), en.getValue()))
                    .toList();
            return page(model, slug, entered, e.getMessage());
        }
    }

    private String page(Model model, String slug, List<DistrictName> districts, String error) {
        model.addAttribute("force", force.current().orElse(null));
        model.addAttribute("districts", districts);
        model.addAttribute("error", error);
        return "policedata/districts";
    }
}
