package org.oversight.force.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.PublicAccess;
import org.oversight.force.ForceApi;
import org.oversight.force.ForceRefused;
import org.oversight.force.ForceSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The force this Oversight serves and its office's name, through the API. */
@RestController
@Tag(name = "Force", description = "The police force this Oversight serves and the office that runs it")
public class ForceApiController {

    private final ForceApi force;

    ForceApiController(ForceApi force) {
        this.force = force;
    }

    /** The force to set: its data.police.uk slug, its name (optional: data.police.uk's) and the office's name. */
    public record ForceRequest(String slug, String name, String officeName) {}

    @GetMapping("/api/v1/force")
    @PublicAccess
    @Operation(summary = "The force and the office", description = "Which data.police.uk force this Oversight serves.")
    @ApiResponse(responseCode = "200", description = "The force as set.")
    @ApiResponse(responseCode = "404", description = "No force has been set yet.", content = @Content)
    public ForceSettings current() {
        return force.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No force has been set yet"));
    }

    @PutMapping("/api/v1/force")
    @AdminAccess
    @Operation(
            summary = "Set the force and the office",
            description = "Sets which data.police.uk force this Oversight serves and the office's name for page headers"
                    + " and reports.")
    @ApiResponse(responseCode = "200", description = "The force as now set.")
    @ApiResponse(
            responseCode = "422",
            description = "Refused: `problems` names each field and what is wrong.",
            content = @Content)
    public ForceSettings set(@RequestBody ForceRequest request) {
        return force.configure(request.slug(), request.name(), request.officeName(), CurrentUser.name());
    }

    @ExceptionHandler(ForceRefused.class)
    public ProblemDetail refused(ForceRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "The force settings were refused; nothing was changed.");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail notFound(ResponseStatusException e) {
        return ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
    }
}
