package org.oversight.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.PublicAccess;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot's error controller, answering callers that do not ask for HTML (the API's clients)
 * with an RFC 9457 problem document instead of Boot's own JSON: the same shape as the problems the
 * API's endpoints give, for the errors that happen before an endpoint is reached (a body too large,
 * an unknown address, a method or media type the endpoint does not take). Browsers still get the
 * error page.
 */
@PublicAccess
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(
            ErrorAttributes errorAttributes, ErrorProperties errorProperties, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, errorProperties, resolvers);
    }

    /** {@code /error} asked for directly, with no error behind it, is not a page: 404, not Boot's 500. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        if (attributes.get("detail") != null) {
            problem.put("detail", attributes.get("detail"));
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
