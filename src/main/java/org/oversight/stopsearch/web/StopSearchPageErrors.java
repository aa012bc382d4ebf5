package org.oversight.stopsearch.web;

import org.oversight.stopsearch.StopSearchRefused;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The stop and search pages' answer to figures that cannot be given (a force, month or period that is not there). */
@ControllerAdvice(basePackageClasses = StopSearchPageErrors.class)
class StopSearchPageErrors {

    @ExceptionHandler(StopSearchRefused.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(StopSearchRefused e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "stopsearch/not-found";
    }
}
