package org.oversight.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.indicator.IndicatorCodec;
import org.oversight.performance.indicator.IndicatorFileRefused;
import org.oversight.performance.indicator.IndicatorRefused;
import org.oversight.performance.indicator.IndicatorVersion;
import org.oversight.plan.IndicatorLinkRefused;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Indicators and measures' links to them through the API: reading definitions and their versions,
 * defining and changing one, importing and exporting indicator files, linking a measure.
 */
@RestController
@Tag(name = "Indicators", description = "The data series plan measures read, and which measure reads which")
public class IndicatorApiController {

    private final IndicatorCatalogue catalogue;
    private final PlanApi plans;

    IndicatorApiController(IndicatorCatalogue catalogue, PlanApi plans) {
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** An indicator's current definition, in the words of the indicator file, with its version and source in words. */
    public record IndicatorDocument(
            String code,
            int version,
            String name,
            String unit,
            String aggregation,
            String sourceWords,
            @Schema(types = "object", description = "The definition as an indicator file writes it")
                    Map<String, Object> definition) {}

    /** One version of a definition: why it was made, by whom and when. */
    public record VersionDocument(
            int version, String note, String savedBy, String savedAt, IndicatorDocument indicator) {}

    /** What a save did: {@code defined}, {@code changed} (a new version) or {@code unchanged}. */
    public record SavedDocument(String outcome, IndicatorDocument indicator) {}

    /** A measure's link: the indicator it reads, or why none can serve it (neither: not linked). */
    public record LinkDocument(
            @Schema(description = "The code of the indicator the measure reads") String indicator,
            @Schema(description = "Why no indicator can serve the measure") String noIndicator) {}

    @GetMapping("/api/v1/indicators")
    @PublicAccess
    @Operation(summary = "Every indicator", description = "Each indicator's current definition, in order of name.")
    @ApiResponse(responseCode = "200", description = "The indicators.")
    public List<IndicatorDocument> indicators() {
        return catalogue.all().stream().map(IndicatorApiController::document).toList();
    }

    @GetMapping("/api/v1/indicators/{code}")
    @PublicAccess
    @Operation(summary = "One indicator, with every version of its definition")
    @ApiResponse(responseCode = "200", description = "Every version, oldest first; the last is current.")
    @ApiResponse(responseCode = "404", description = "There is no such indicator.", content = @Content)
    public List<VersionDocument> indicator(@Parameter(description = "The indicator's code") @PathVariable String code) {
        List<IndicatorVersion> history = catalogue.history(code);
        if (history.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no indicator '" + code + "'");
        }
        return history.stream()
                .map(v -> new VersionDocument(
                        v.indicator().version(),
                        v.note(),
                        v.savedBy(),
                        v.savedAt().toString(),
                        document(v.indicator())))
                .toList();
    }

    @PutMapping("/api/v1/indicators/{code}")
    @AnalystAccess
    @Operation(
            summary = "Define or change an indicator",
            description = "The body is the definition in the indicator file's words (code, name, unit, aggregation,"
                    + " description, source; see docs/indicator-file-format.md), with an optional `note` saying why it"
                    + " changes. A new code is version 1; a changed definition is the next version (earlier figures"
                    + " keep saying which version produced them); the same definition changes nothing.")
    @ApiResponse(responseCode = "200", description = "What was saved.")
    @ApiResponse(
            responseCode = "422",
            description = "The definition was refused and nothing was saved: `problems` lists each field and what is"
                    + " wrong with it (an unknown crime type, outcome, stop and search value or observation series).",
            content = @Content)
    public SavedDocument define(
            @Parameter(description = "The indicator's code") @PathVariable String code,
            @RequestBody Map<String, Object> body) {
        Map<String, Object> definition = new LinkedHashMap<>(body);
        Object note = definition.remove("note");
        Object written = definition.putIfAbsent("code", code);
        if (written != null && !code.equals(written)) {
            throw new IndicatorRefused(List.of(new org.oversight.performance.indicator.IndicatorProblem(
                    "code", "is '" + written + "' but the address names '" + code + "'")));
        }
        IndicatorCatalogue.Saved saved =
                catalogue.define(definition, note == null ? null : String.valueOf(note), false, CurrentUser.name());
        return new SavedDocument(
                saved.outcome().name().toLowerCase(java.util.Locale.ROOT), document(saved.indicator()));
    }

    @GetMapping(value = "/api/v1/indicators/file", produces = "application/yaml")
    @PublicAccess
    @Operation(summary = "Every indicator as an indicator file (YAML)")
    @ApiResponse(responseCode = "200", description = "The indicator file.")
    public byte[] export() {
        return catalogue.export().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(
            value = "/api/v1/indicators/file",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @AnalystAccess
    @Operation(
            summary = "Import an indicator file",
            description =
                    "The body is an indicator file (YAML, oversight-indicators/1). All or nothing: when it has any"
                            + " problem nothing is saved; otherwise each indicator is defined, changed or left as it is.")
    @ApiResponse(responseCode = "200", description = "Each indicator with what was done.")
    @ApiResponse(
            responseCode = "422",
            description = "The file was refused: `problems` lists every problem as `file:line:column field: message`.",
            content = @Content)
    public List<SavedDocument> importFile(
            @RequestBody byte[] body,
            @Parameter(description = "The file's name, used in the problems' locations")
                    @RequestParam(defaultValue = "upload.yaml")
                    String fileName) {
        return catalogue.importFile(fileName, body, CurrentUser.name()).indicators().stream()
                .map(s -> new SavedDocument(
                        s.outcome().name().toLowerCase(java.util.Locale.ROOT), document(s.indicator())))
                .toList();
    }

    @PutMapping("/api/v1/plans/{key}/versions/{label}/measures/{objective}/{measure}/indicator")
    @AnalystAccess
    @Operation(
            summary = "Link a measure to the indicator it reads",
            description = "The body names the indicator (`indicator`), or says why none can serve the measure"
                    + " (`noIndicator`), or neither, to remove the link. A link to an indicator whose unit the measure's"
                    + " target cannot be judged in (a count against a percentage) is refused.")
    @ApiResponse(responseCode = "200", description = "The measure's link as it now stands.")
    @ApiResponse(
            responseCode = "400",
            description = "The body is not an object with indicator or noIndicator (texts or null).",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "There is no such measure.", content = @Content)
    @ApiResponse(responseCode = "422", description = "The link was refused; `detail` says why.", content = @Content)
    public LinkDocument link(
            @Parameter(description = "The plan's key") @PathVariable String key,
            @Parameter(description = "The version's label") @PathVariable String label,
            @Parameter(description = "The objective's number") @PathVariable String objective,
            @Parameter(description = "The measure's ref") @PathVariable String measure,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = LinkDocument.class)))
                    @RequestBody
                    com.fasterxml.jackson.databind.JsonNode body) {
        LinkDocument link = linkDocument(body);
        PlanMeasure linked = plans.linkIndicator(
                        key, label, objective, measure, link.indicator(), link.noIndicator(), CurrentUser.name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such measure"));
        return new LinkDocument(linked.indicator(), linked.noIndicatorReason());
    }

    /**
     * The link the body asks for: an object with {@code indicator} or {@code noIndicator} (or both
     * given as null, to remove the link), each a text without control characters. Anything else is
     * refused, so that a body of the wrong shape never removes a link.
     */
    static LinkDocument linkDocument(com.fasterxml.jackson.databind.JsonNode body) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "The body must be an object with indicator or noIndicator");
        }
        java.util.Set<String> allowed = java.util.Set.of("indicator", "noIndicator");
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "'" + name.replaceAll("\\p{Cntrl}", "?")
                                + "' is not a field of a link; use indicator or noIndicator");
            }
        });
        return new LinkDocument(text(body, "indicator"), text(body, "noIndicator"));
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode body, String field) {
        com.fasterxml.jackson.databind.JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " must be a text or null");
        }
        if (value.asText().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " must not hold control characters");
        }
        return value.asText();
    }

    static IndicatorDocument document(Indicator indicator) {
        return new IndicatorDocument(
                indicator.code(),
                indicator.version(),
                indicator.name(),
                indicator.unit().code(),
                indicator.aggregation().name().toLowerCase(java.util.Locale.ROOT),
                indicator.source().words(),
                IndicatorCodec.toMap(indicator));
    }

    @ExceptionHandler(IndicatorRefused.class)
    public ProblemDetail refused(IndicatorRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "The indicator was refused; nothing was saved.");
        problem.setProperty(
                "problems", e.problems().stream().map(Object::toString).toList());
        return problem;
    }

    @ExceptionHandler(IndicatorFileRefused.class)
    public ProblemDetail fileRefused(IndicatorFileRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "The indicator file was refused; nothing was imported.");
        problem.setProperty(
                "problems", e.problems().stream().map(Object::toString).toList());
        return problem;
    }

    @ExceptionHandler(IndicatorLinkRefused.class)
    public ProblemDetail linkRefused(IndicatorLinkRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail notFound(ResponseStatusException e) {
        return ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
    }
}
