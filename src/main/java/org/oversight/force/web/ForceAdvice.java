package org.oversight.force.web;

import org.oversight.force.ForceApi;
import org.oversight.force.ForceSettings;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the office's name for its header, and tells administrators on every page when no
 * force has been set up yet (the layout shows a banner linking to the first-run page). Only for
 * controllers: the actuator's health endpoint must answer without the database. When the database
 * cannot be reached the page is shown without the office's name (the error page says why).
 */
@ControllerAdvice(annotations = Controller.class)
class ForceAdvice {

    private final ForceApi force;

    ForceAdvice(ForceApi force) {
        this.force = force;
    }

    @ModelAttribute("office")
    ForceSettings office() {
        try {
            return force.current().orElse(null);
        } catch (DataAccessException | TransactionException e) {
            return null;
        }
    }

    @ModelAttribute("forceToSetUp")
    boolean forceToSetUp() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean admin =
                user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        try {
            return admin && force.current().isEmpty();
        } catch (DataAccessException | TransactionException e) {
            return false;
        }
    }
}
