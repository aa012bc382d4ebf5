package org.oversight.platform.web;

import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring Boot's error attributes with a {@code detail} that says what was wrong with a refused
 * request (a 4xx), in words safe to show: the error page shows it and the API's problem documents
 * carry it. Server errors never get one: their cause is logged, not shown.
 */
final class ErrorDetails extends DefaultErrorAttributes {

    private static final int SHOWN_VALUE_LENGTH = 60;

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (Integer.valueOf(999).equals(attributes.get("status"))) {
            // /error asked for directly: there is no error, and no such page (ProblemErrorController).
            attributes.put("status", 404);
            attributes.put("error", "Not Found");
        }
        if (attributes.get("status") instanceof Integer status && status >= 400 && status < 500) {
            String detail = detail(request);
            if (detail != null) {
                attributes.put("detail", detail);
            }
        }
        return attributes;
    }

    private String detail(WebRequest request) {
        if (request.getAttribute(RequestRefusal.DETAIL, RequestAttributes.SCOPE_REQUEST) instanceof String detail) {
            return detail;
        }
        Throwable error = getError(request);
        if (error instanceof NoResourceFoundException) {
            return null;
        }
        if (error instanceof TypeMismatchException mismatch) {
            return "'" + shown(mismatch.getValue()) + "' is not a valid " + mismatch.getPropertyName() + ": "
                    + expected(mismatch.getRequiredType()) + ".";
        }
        if (error instanceof ErrorResponse response) {
            return response.getBody().getDetail();
        }
        return null;
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] values
                ? String.join(
                        ", ",
                        java.util.Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        text.chars().limit(SHOWN_VALUE_LENGTH).forEach(c -> shown.append(Character.isISOControl(c) ? '?' : (char) c));
        return text.length() > SHOWN_VALUE_LENGTH ? shown + "…" : shown.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "it is of the wrong kind";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "it must be a whole number (of at most " + (type == int.class || type == Integer.class ? 9 : 18)
                    + " digits)";
        }
        if (type == java.time.YearMonth.class) {
            return "it must be a month written YYYY-MM, such as 2015-04";
        }
        if (type == java.time.LocalDate.class) {
            return "it must be a date written YYYY-MM-DD, such as 2015-03-31";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "it must be true or false";
        }
        return "it must be a " + type.getSimpleName();
    }
}
