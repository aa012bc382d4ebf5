package org.oversight.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a query or form parameter holding a control character other than a tab or a line
 * break ({@code %00}, {@code %1B} …). No value in Oversight may hold one: PostgreSQL refuses the NUL
 * character in text, and the others would break the XML of Word and PDF reports and forge lines in
 * logs. Multipart bodies are not read here (their fields are checked by their endpoint); their
 * query string is.
 */
final class ControlCharacterCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> problem = isForm(request) ? inParameters(request.getParameterMap()) : inQuery(request);
        if (problem.isPresent()) {
            RequestRefusal.send(request, response, HttpStatus.BAD_REQUEST, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private static Optional<String> inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                Optional<String> problem = check(parameter.getKey(), value);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /** The query string's parameters, decoded as Tomcat decodes them; one that cannot be decoded is Tomcat's to ignore. */
    private static Optional<String> inQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                Optional<String> problem = check(name, value);
                if (problem.isPresent()) {
                    return problem;
                }
            } catch (IllegalArgumentException e) {
                // Malformed %-encoding: Tomcat leaves the parameter out.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(String name, String value) {
        return check(name, name, "name").or(() -> check(name, value, "value"));
    }

    private static Optional<String> check(String name, String text, String part) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(c)) {
                return Optional.of("The parameter '" + printable(name) + "' holds a control character ("
                        + String.format("U+%04X", (int) c) + ") at character " + (i + 1) + " of its " + part
                        + "; no value in Oversight may hold one.");
            }
        }
        return Optional.empty();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /** The name as it can be shown: control characters as '?', at most 50 characters. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.chars().limit(50).forEach(c -> shown.append(forbidden((char) c) ? '?' : (char) c));
        return name.length() > 50 ? shown + "…" : shown.toString();
    }
}
