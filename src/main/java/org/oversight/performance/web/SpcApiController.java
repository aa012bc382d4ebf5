package org.oversight.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPC for automation: {@code POST /api/v1/spc} charts the series in the body and answers the same
 * JSON as {@code ./oversight spc --json}. Public: it only computes and stores nothing.
 */
@RestController
@RequestMapping("/api/v1/spc")
@Tag(name = "Statistical process control", description = "\"Making Data Count\" SPC of a series")
public class SpcApiController {

    private final SpcApiProperties limits;

    SpcApiController(SpcApiProperties limits) {
        this.limits = limits;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PublicAccess
    @Operation(
            summary = "Chart a series with statistical process control",
            description = "The SPC chart of a series, as NHS England's \"Making Data Count\": centre, process limits"
                    + " (trial limits below 12 points), each point's type, the latest point's variation and the"
                    + " assurance against a target. The same JSON as ./oversight spc --json. Nothing is stored.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = SpcRequest.class))))
    @ApiResponse(responseCode = "200", description = "The chart.")
    @ApiResponse(
            responseCode = "400",
            description = "The series cannot be charted: the detail names the field or point that is wrong.",
            content = @Content)
    @ApiResponse(
            responseCode = "413",
            description = "The body is larger than 1 MB (oversight.request-limits); nothing was read.",
            content = @Content)
    @ApiResponse(responseCode = "415", description = "The body is not sent as JSON.", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "The series has more points than the API charts (10,000; oversight.spc-api.max-points).",
            content = @Content)
    public SpcDocument chart(@RequestBody JsonNode body) {
        SpcRequest request = SpcRequest.read(body, limits.maxPoints());
        return SpcDocument.of(Spc.calculate(request.periods(), request.values(), request.options()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The series cannot be charted");
        return problem;
    }

    @ExceptionHandler(SpcRequest.TooManyPoints.class)
    public ProblemDetail tooManyPoints(SpcRequest.TooManyPoints e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("The series is too long");
        problem.setProperty("maxPoints", limits.maxPoints());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the body must be a JSON object with direction and points");
        problem.setTitle("The series cannot be charted");
        return problem;
    }
}
