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
    @Operation(summary = "Every measure of a plan version for the force or a district (area=district name)")
    public List<MeasurePerformance> measures(
            @PathVariable String key,
            @PathVariable String label,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) YearMonth asAt) {
        if (!catalogue.planVersions().getOrDefault(key, List.of()).contains(label)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such plan or version");
        }
        return performance.measures(key, label, performance.area(area), asAt);
    }
}
