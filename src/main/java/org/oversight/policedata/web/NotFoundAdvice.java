package org.oversight.policedata.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A batch or import the police data pages were asked for that does not exist (any more). */
@ControllerAdvice(assignableTypes = {PoliceDataController.class, UploadController.class, MonthMarkController.class})
class NotFoundAdvice {

    @ExceptionHandler(PoliceDataController.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PoliceDataController.NotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "policedata/not-found";
    }
}
