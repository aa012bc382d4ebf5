package org.oversight.decisions.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form sent with a value no page would send (a hidden {@code lock} that is not a number, a box
 * whose value is not true): it was altered, not mistyped, and cannot be shown again as sent.
 */
final class AlteredForm {

    private AlteredForm() {}

    /** 400 naming the fields when any could not be read as its kind; otherwise nothing. */
    static void refuse(BindingResult errors) {
        List<String> altered = errors.getFieldErrors().stream()
                .filter(FieldError::isBindingFailure)
                .map(FieldError::getField)
                .distinct()
                .toList();
        if (!altered.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "The form was sent with a value of the wrong kind in " + String.join(", ", altered)
                            + ". Open the page again and resend it.");
        }
    }
}
