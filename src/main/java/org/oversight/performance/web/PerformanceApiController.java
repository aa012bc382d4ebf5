package org.oversight.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.plan.PlanApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every measure of a plan version as JSON: the same published figures as the performance pages. */
@RestController
@Tag(name = "Performance", description = "Plan measures computed from the data")
public class PerformanceApiController {

    private final PerformanceApi performance;
    private final PlanApi plans;

    PerformanceApiController(PerformanceApi performance, PlanApi plans) {
        this.performance = performance;
        this.plans = plans;
    }

    @GetMapping("/api/v1/performance/plans/{key}/versions/{label}")
    @PublicAccess
    @Operation(
            summary = "Performance against every measure of a plan version",
            description = "For the force, a district or an area set (area=its exact name), as at a month: each"
                    + " measure's value, year-to-date comparison, target status, statistical process control and"
                    + " statement, or that there is no data yet. The same figures as the performance pages. Only"
                    + " complete months count; the latest outcome months are provisional (ADR 0008).")
    @ApiResponse(responseCode = "200", description = "Every measure of the version, in the plan's order.")
    @ApiResponse(responseCode = "400", description = "asAt is not a month written YYYY-MM.", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "There is no such plan version, or no such area (names match"
                    + " exactly, capitals included): the problem's `areas` property lists the known areas.",
            content = @Content)
    public List<MeasurePerformance> measures(
            @Parameter(description = "The plan's key, e.g. wm-police-and-crime-plan") @PathVariable String key,
            @Parameter(description = "The version's label, e.g. 2014-15") @PathVariable String label,
            @Parameter(
                            description =
                                    "A district's name or a named area set, e.g. Impact Areas (default: the whole force)")
                    @RequestParam(required = false)
                    String area,
            @Parameter(
                            description =
                                    "The month to report as at, YYYY-MM (default: each measure's latest complete month)")
                    @RequestParam(required = false)
                    YearMonth asAt) {
        if (!plans.versions(key).contains(label)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such plan or version");
        }
        return performance.measures(key, label, UnknownArea.resolve(performance, area), asAt);
    }

    /** An unknown area (names match exactly, case included): 404 naming it, with the known areas. */
    @ExceptionHandler(UnknownArea.class)
    public ProblemDetail unknownArea(UnknownArea e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown area");
        problem.setProperty("area", e.name());
        problem.setProperty("areas", e.knownNames());
        e.suggestion().ifPresent(s -> problem.setProperty("didYouMean", s));
        return problem;
    }
}
