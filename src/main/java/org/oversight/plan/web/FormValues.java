package org.oversight.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Form text to values and back, the same way on every plan form. */
final class FormValues {

    private FormValues() {}

    /**
     * The form as sent; 400 when a field the page fills in itself (the hidden {@code lock}) holds a
     * value of the wrong kind: the form was altered, not mistyped, and cannot be shown again as sent.
     */
    static <F> F sent(F form, BindingResult errors) {
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
        return form;
    }

    /** A date field's value; a bad date is added to {@code errors} and gives null. */
    static LocalDate date(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", "Enter a real date, like 2015-03-31");
            return null;
        }
    }

    /** The non-empty lines of a text area, stripped: one lead role per line. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A value as a form field shows it: empty for none. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String versionPath(String key, String label) {
        return "/plans/" + key + "/versions/" + UriUtils.encodePathSegment(label, StandardCharsets.UTF_8);
    }
}
