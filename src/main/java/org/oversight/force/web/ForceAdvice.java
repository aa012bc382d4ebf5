package org.oversight.force.web;

import org.oversight.force.ForceApi;
import org.oversight.force.ForceSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the office's name for its header, and tells administrators on every page when no
 * force has been set up yet (the layout shows a banner linking to the first-run page).
 */
@ControllerAdvice
class ForceAdvice {

    private final ForceApi force;

    ForceAdvice(ForceApi force) {
        this.force = force;
    }

    @ModelAttribute("office")
    ForceSettings office() {
        return force.current().orElse(null);
    }

    @ModelAttribute("forceToSetUp")
    boolean forceToSetUp() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean admin =
                user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin && force.current().isEmpty();
    }
}
