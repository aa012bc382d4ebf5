package org.oversight.policedata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.policedata.MonthMarkRefused;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.completeness.CompletenessDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether each month of a force's files is complete (ADR 0008), and analysts' marks on months. */
@RestController
@RequestMapping("/api/v1/police-data/completeness")
@AnalystAccess
@Tag(name = "Police data", description = "data.police.uk imports and their batches")
public class CompletenessApiController {

    private final PoliceDataApi policeData;

    CompletenessApiController(PoliceDataApi policeData) {
        this.policeData = policeData;
    }

    /** A mark: complete or incomplete, and why (required). */
    public record MarkRequest(Boolean complete, String note) {}

    @GetMapping
    @Operation(
            summary = "Every month of a force's files of one kind, from the first to the last imported",
            description = "Missing months included: rows, the usual size of the nearest months, the rule's"
                    + " judgement (complete, too_small, missing, too_few_to_compare), any mark and the final"
                    + " answer with its reason.")
    @ApiResponse(responseCode = "200", description = "The months in order; empty when nothing is imported.")
    @ApiResponse(
            responseCode = "400",
            description = "kind is not street, outcomes or stop-and-search, or a parameter is missing.",
            content = @Content)
    public List<CompletenessDocument> months(
            @Parameter(description = "The force's data.police.uk slug, e.g. wiltshire") @RequestParam String force,
            @Parameter(description = "street, outcomes or stop-and-search") @RequestParam String kind) {
        return policeData.completeness(force, ApiParameters.kind(kind)).stream()
                .map(CompletenessDocument::of)
                .toList();
    }

    @GetMapping("/{force}/{kind}/{month}")
    @Operation(summary = "One month's completeness")
    @ApiResponse(responseCode = "200", description = "The month's completeness.")
    @ApiResponse(responseCode = "400", description = "kind or month is not valid.", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "Nothing is known about the month: no file of the kind around it and no mark.",
            content = @Content)
    public CompletenessDocument month(
            @PathVariable String force, @PathVariable String kind, @PathVariable String month) {
        return policeData
                .completeness(force, ApiParameters.kind(kind), ApiParameters.month("month", month))
                .map(CompletenessDocument::of)
                .orElseThrow(() -> new NothingImported(force, kind, month));
    }

    @PutMapping("/{force}/{kind}/{month}/mark")
    @Operation(
            summary = "Mark a month complete or incomplete by hand",
            description = "Body {\"complete\": true|false, \"note\": \"why\"}. The mark wins over the rule until"
                    + " it is cleared. 422 when the month cannot be marked (say why in the note; complete needs"
                    + " the month's file).")
    @ApiResponse(responseCode = "200", description = "The month's completeness with the new mark.")
    @ApiResponse(
            responseCode = "400",
            description = "kind or month is not valid, or complete is missing.",
            content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "The month cannot be marked so (no note, or complete without the month's file).",
            content = @Content)
    public CompletenessDocument mark(
            @PathVariable String force,
            @PathVariable String kind,
            @PathVariable String month,
            @RequestBody MarkRequest request) {
        if (request.complete() == null) {
            throw new IllegalArgumentException("complete must be true or false");
        }
        return CompletenessDocument.of(policeData.markMonth(
                force,
                ApiParameters.kind(kind),
                ApiParameters.month("month", month),
                request.complete(),
                request.note(),
                CurrentUser.name()));
    }

    @DeleteMapping("/{force}/{kind}/{month}/mark")
    @Operation(summary = "Clear a month's mark: the rule decides again")
    @ApiResponse(responseCode = "200", description = "The month's completeness as the rule now judges it.")
    @ApiResponse(responseCode = "400", description = "kind or month is not valid.", content = @Content)
    public CompletenessDocument clear(
            @PathVariable String force, @PathVariable String kind, @PathVariable String month) {
        return CompletenessDocument.of(policeData.clearMark(
                force, ApiParameters.kind(kind), ApiParameters.month("month", month), CurrentUser.name()));
    }

    static final class NothingImported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingImported(String force, String kind, String month) {
            super("Nothing is known about " + month + ": no " + kind + " file for " + force
                    + " is imported for it or for months on both sides of it, and it has no mark.");
        }
    }

    @ExceptionHandler(NothingImported.class)
    public ProblemDetail notFound(NothingImported e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MonthMarkRefused.class)
    public ProblemDetail refused(MonthMarkRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
