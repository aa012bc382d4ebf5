package org.oversight.performance.web;

import org.oversight.accounts.AnalystAccess;
import org.oversight.performance.PeerGroups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The stored peer groups, for analysts; they are changed by importing a file. */
@Controller
class PeerGroupController {

    private final PeerGroups peerGroups;

    PeerGroupController(PeerGroups peerGroups) {
        this.peerGroups = peerGroups;
    }

    @GetMapping("/performance/peer-groups")
    @AnalystAccess
    String list(Model model) {
        model.addAttribute("groups", peerGroups.list());
        return "performance/peer-groups";
    }
}
