package org.oversight.platform.web;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's mistakes (a body that cannot be read, a missing part, an unsupported media type) as
 * RFC 9457 problem details. Only for the API's controllers: Spring Boot's own problem-details handler
 * ({@code spring.mvc.problemdetails.enabled}) would answer browsers too, showing JSON instead of the
 * error page for an address that does not exist.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {}
