package org.oversight.plan.web;

import org.oversight.plan.domain.PlanConflict;
import org.oversight.plan.domain.PlanNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The plan pages' answer to a plan, version or item that is not there, and to an edit refused as out of date. */
@ControllerAdvice(assignableTypes = {PlanController.class, PlanEditController.class, ObjectiveItemsController.class})
class PlanPageErrors {

    @ExceptionHandler(PlanNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PlanNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "plan/not-found";
    }

    @ExceptionHandler(PlanConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(PlanConflict e, Model model) {
        model.addAttribute("message", e.getMessage() + " Open the plan again to see the current version.");
        return "plan/conflict";
    }
}
