package org.oversight.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.decisions.register.DecisionNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The register's pages' answer to a decision that is not there. */
@ControllerAdvice(basePackageClasses = DecisionPageErrors.class)
class DecisionPageErrors {

    @ExceptionHandler(DecisionNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DecisionNotFound e, HttpServletRequest request, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("db", DecisionView.of(request).base());
        return "decisions/not-found";
    }
}
