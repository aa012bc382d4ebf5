package org.oversight.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.accounts.BoardMemberAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's working decisions register, for board members, analysts and admins, with the analysts' controls. */
@Controller
@BoardMemberAccess
class DecisionsController {

    private final DecisionPages pages;

    DecisionsController(DecisionPages pages) {
        this.pages = pages;
    }

    @GetMapping("/decisions")
    String register(
            HttpServletRequest request,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String year,
            Model model) {
        return pages.register(DecisionView.REGISTER, request, q, year, model);
    }

    @GetMapping("/decisions/{number}")
    String decision(HttpServletRequest request, @PathVariable String number, Model model) {
        return pages.decision(DecisionView.REGISTER, request, number, model);
    }

    @GetMapping("/decisions/{number}/notice")
    ResponseEntity<byte[]> notice(@PathVariable String number) {
        return pages.notice(number);
    }
}
