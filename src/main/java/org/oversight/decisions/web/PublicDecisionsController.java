package org.oversight.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.accounts.PublicAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's decisions register, until the publication module publishes it: the same entries and
 * notices as the register, labelled as not yet through publication, without the office's controls
 * or staff names.
 */
@Controller
@PublicAccess
class PublicDecisionsController {

    private final DecisionPages pages;

    PublicDecisionsController(DecisionPages pages) {
        this.pages = pages;
    }

    @GetMapping("/public/decisions")
    String register(
            HttpServletRequest request,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String year,
            Model model) {
        return pages.register(DecisionView.PUBLIC, request, q, year, model);
    }

    @GetMapping("/public/decisions/{number}")
    String decision(HttpServletRequest request, @PathVariable String number, Model model) {
        return pages.decision(DecisionView.PUBLIC, request, number, model);
    }

    @GetMapping("/public/decisions/{number}/notice")
    ResponseEntity<byte[]> notice(@PathVariable String number) {
        return pages.notice(number);
    }
}
