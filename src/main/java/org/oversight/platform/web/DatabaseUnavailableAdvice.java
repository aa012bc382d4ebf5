package org.oversight.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached (it is being restarted), every page and endpoint answers at
 * once with 503 Service Unavailable and a {@code Retry-After}, as the error page (browsers) or
 * problem details (API), rather than as an unexplained failure.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.sendError(
                HttpStatus.SERVICE_UNAVAILABLE.value(), "The database is unavailable for a moment; try again shortly");
    }
}
