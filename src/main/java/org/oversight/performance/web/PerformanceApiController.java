package org.oversight.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.performance.indicator.IndicatorCatalogue;
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
    private final IndicatorCatalogue catalogue;

    PerformanceApiController(PerformanceApi performance, IndicatorCatalogue catalogue) {
        this.performance = performance;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/performance/plans/{key}/versions/{label}")
    @PublicAccess
    @Operation(
            summary = "Every measure of a plan version for the force, a district or an area set (area=its exact name)",
            description = "An area that does not exist (names match exactly, capitals included) is answered"
                    + " with 404 and a problem whose `areas` property lists the known areas.")
    public List<MeasurePerformance> measures(
            @PathVariable String key,
            @PathVariable String label,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) YearMonth asAt) {
        if (!catalogue.planVersions().getOrDefault(key, List.of()).contains(label)) {
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
