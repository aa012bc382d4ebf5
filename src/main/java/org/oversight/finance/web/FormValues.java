package org.oversight.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.oversight.finance.table.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/** Form text to values, the same way on every finance form: a value that cannot be read is a field error. */
final class FormValues {

    /**
     * 400 naming the fields when a form was sent with a value no page sends (a hidden {@code lock}
     * that is not a number, a box whose value is not true): it was altered, not mistyped, and cannot
     * be shown again as sent.
     */
    static void refuseAltered(BindingResult errors) {
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

    private FormValues() {}

    /** Pounds and pence (1234.56, £1,234.56, −24409); null when empty. */
    static BigDecimal pounds(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount = Fields.parseAmount(text);
        if (amount == null) {
            errors.rejectValue(field, "amount", "Enter an amount in pounds, like 1234.56 or £1,234.56");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.rejectValue(field, "amount", "Enter the amount to the penny: no more than two decimal places");
            return null;
        }
        return amount.setScale(2);
    }

    /** A percentage such as 63.7 or −4.4%; null when empty. */
    static BigDecimal percent(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().replace('\u2212', '-').replace("%", "").strip();
        if (!number.matches("-?\\d{1,3}(\\.\\d)?")) {
            errors.rejectValue(field, "percent", "Enter the share as published, like 63.7 (one decimal place at most)");
            return null;
        }
        return new BigDecimal(number);
    }

    /** A positive number that may have decimals (a council tax base); null when empty. */
    static BigDecimal decimal(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().replace(",", "");
        if (!number.matches("\\d+(\\.\\d{1,2})?")) {
            errors.rejectValue(field, "number", "Enter a number, like 657123.45");
            return null;
        }
        return new BigDecimal(number);
    }

    /** A whole number such as 2,864,925; null when empty. */
    static Long count(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().replace(",", "");
        if (!number.matches("\\d{1,12}")) {
            errors.rejectValue(field, "count", "Enter a whole number, like 2,864,925");
            return null;
        }
        return Long.parseLong(number);
    }

    /** A date as 08/02/2019, 2019-02-08 or 8 February 2019; null when empty. */
    static LocalDate date(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Fields.parseDate(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "date", "Enter a real date, like 08/02/2019");
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
