package org.oversight.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * A request refused before it reaches a page or endpoint: the error page (browsers) or a problem
 * document (the API) says why, in {@link #DETAIL}, through Spring Boot's error handling.
 */
final class RequestRefusal {

    /** Request attribute holding what was wrong, in words safe to show ({@link ErrorDetails}). */
    static final String DETAIL = RequestRefusal.class.getName() + ".detail";

    private RequestRefusal() {}

    static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        request.setAttribute(DETAIL, detail);
        response.sendError(status.value(), detail);
    }
}
