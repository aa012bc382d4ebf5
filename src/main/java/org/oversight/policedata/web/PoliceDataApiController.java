package org.oversight.policedata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.platform.TemporaryFiles;
import org.oversight.policedata.BatchFilter;
import org.oversight.policedata.BatchPage;
import org.oversight.policedata.DataQuality;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.completeness.CompletenessDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Police data for automation (analysts, HTTP Basic): import data.police.uk files synchronously, read
 * and remove import batches.
 */
@RestController
@RequestMapping("/api/v1/police-data")
@AnalystAccess
@Tag(name = "Police data", description = "data.police.uk imports and their batches")
public class PoliceDataApiController {

    private static final Logger log = LoggerFactory.getLogger(PoliceDataApiController.class);

    private final PoliceDataApi policeData;
    private final TemporaryFiles temporaryFiles;

    PoliceDataApiController(PoliceDataApi policeData, TemporaryFiles temporaryFiles) {
        this.policeData = policeData;
        this.temporaryFiles = temporaryFiles;
    }

    /** What an import did, file by file, and how many files had each outcome. */
    public record ImportSummary(List<FileDocument> files, long imported, long replaced, long unchanged, long refused) {}

    public record FileDocument(
            String file,
            String force,
            String month,
            String kind,
            long rowsAccepted,
            long rowsRejected,
            String status,
            long duplicateRows,
            Long batchId,
            ProblemDocument problem,
            DataQuality dataQuality,
            Boolean complete,
            CompletenessDocument completeness) {}

    /** Where a file was refused: 1-based line and column, 0 when they do not apply. */
    public record ProblemDocument(long line, int column, String message) {}

    public record BatchDocument(
            long id,
            String kind,
            String force,
            String month,
            String fileName,
            String sha256,
            long byteSize,
            long rows,
            long duplicateRows,
            boolean demonstration,
            String importedBy,
            Instant importedAt,
            DataQuality dataQuality) {}

    /** Not found, as a problem detail. */
    static final class BatchNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchNotFound(long id) {
            super("There is no police data batch " + id + ".");
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import data.police.uk files",
            description = "One or more multipart parts named 'file': CSV files under their data.police.uk names"
                    + " (2024-04-wiltshire-street.csv) or the archive zip. Each file loads in its own"
                    + " transaction: a refused file changes nothing, and a file imported again replaces its earlier"
                    + " load. The answer comes when every file is done.")
    @ApiResponse(responseCode = "200", description = "No file was refused: each was imported, replaced or unchanged.")
    @ApiResponse(responseCode = "400", description = "There is no multipart part named 'file'.", content = @Content)
    @ApiResponse(
            responseCode = "413",
            description = "A file is larger than the upload limit (spring.servlet.multipart.max-file-size).",
            content = @Content)
    @ApiResponse(responseCode = "415", description = "The request is not multipart/form-data.", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "At least one file was refused (with its line, column and reason); the body still lists"
                    + " every file.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ImportSummary.class)))
    @ApiResponse(
            responseCode = "500",
            description = "A file could not be read at all (a broken zip archive): the import stopped there, and"
                    + " files before it may have been imported.",
            content = @Content)
    public ResponseEntity<ImportSummary> importFiles(
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @Parameter(description = "Mark the files as generated demonstration data (shown as such everywhere)")
                    @RequestParam(defaultValue = "false")
                    boolean demonstration)
            throws IOException {
        List<MultipartFile> named = UploadFolder.named(files);
        if (named.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Send one or more data.police.uk files as multipart parts named 'file'.");
        }
        List<FileImportResult> results;
        try (UploadFolder upload = UploadFolder.save(named, temporaryFiles)) {
            results = policeData.importPaths(upload.files(), demonstration, CurrentUser.name(), ImportListener.NONE);
        }
        ImportSummary summary = new ImportSummary(
                results.stream().map(PoliceDataApiController::file).toList(),
                count(results, ImportStatus.IMPORTED),
                count(results, ImportStatus.REPLACED),
                count(results, ImportStatus.UNCHANGED),
                count(results, ImportStatus.REFUSED));
        return ResponseEntity.status(summary.refused() > 0 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(summary);
    }

    @GetMapping("/batches")
    @Operation(
            summary = "The import batches, newest month first",
            description = "Without parameters, every batch. force (slug), kind (street, outcomes or"
                    + " stop-and-search), from and to (YYYY-MM, inclusive) filter the list. With page (from 1)"
                    + " and optionally size (1 to 500, default 25) one page is returned, with the number of"
                    + " matching batches in the X-Total-Count header and the neighbouring pages in Link.")
    @ApiResponse(responseCode = "200", description = "The batches (one page of them when page or size is given).")
    @ApiResponse(responseCode = "400", description = "kind, from, to, page or size is not valid.", content = @Content)
    public ResponseEntity<List<BatchDocument>> batches(
            @Parameter(description = "The force's data.police.uk slug") @RequestParam(required = false) String force,
            @Parameter(description = "street, outcomes or stop-and-search") @RequestParam(required = false) String kind,
            @Parameter(description = "The first month, YYYY-MM") @RequestParam(required = false) String from,
            @Parameter(description = "The last month, YYYY-MM") @RequestParam(required = false) String to,
            @Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "Batches a page, 1 to 500 (default 25)") @RequestParam(required = false)
                    Integer size) {
        BatchFilter filter = new BatchFilter(
                force,
                kind == null ? null : ApiParameters.kind(kind),
                from == null ? null : ApiParameters.month("from", from),
                to == null ? null : ApiParameters.month("to", to));
        if (page == null && size == null) {
            List<ImportBatch> all = filter.filters() ? policeData.batches(filter) : policeData.batches();
            return ResponseEntity.ok(
                    all.stream().map(PoliceDataApiController::batch).toList());
        }
        BatchPage found = policeData.batches(filter, page == null ? 1 : page, size == null ? 25 : size);
        List<String> links = new ArrayList<>();
        UriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest();
        if (found.page() > 1) {
            links.add(link(here, found.page() - 1, found.size(), "prev"));
        }
        if (found.page() < found.pages()) {
            links.add(link(here, found.page() + 1, found.size(), "next"));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()));
        if (!links.isEmpty()) {
            response = response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(
                found.batches().stream().map(PoliceDataApiController::batch).toList());
    }

    private static String link(UriComponentsBuilder here, int page, int size, String rel) {
        return "<"
                + here.cloneBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size)
                        .build()
                        .toUriString()
                + ">; rel=\"" + rel + "\"";
    }

    @GetMapping("/batches/{id}")
    @Operation(
            summary = "One import batch",
            description = "A batch's provenance (file, checksum, who imported it and when) and data quality.")
    @ApiResponse(responseCode = "200", description = "The batch.")
    @ApiResponse(responseCode = "400", description = "The batch number is not a whole number.", content = @Content)
    @ApiResponse(responseCode = "404", description = "There is no batch with this number.", content = @Content)
    public BatchDocument batch(@Parameter(description = "The batch number") @PathVariable long id) {
        return policeData.batch(id).map(PoliceDataApiController::batch).orElseThrow(() -> new BatchNotFound(id));
    }

    @DeleteMapping("/batches/{id}")
    @Operation(
            summary = "Remove an import batch",
            description = "Removes the batch and exactly its rows, in one transaction.")
    @ApiResponse(responseCode = "204", description = "The batch and its rows were removed.")
    @ApiResponse(responseCode = "400", description = "The batch number is not a whole number.", content = @Content)
    @ApiResponse(responseCode = "404", description = "There is no batch with this number.", content = @Content)
    public ResponseEntity<Void> remove(@Parameter(description = "The batch number") @PathVariable long id) {
        if (!policeData.removeBatch(id, CurrentUser.name())) {
            throw new BatchNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(BatchNotFound.class)
    public ProblemDetail notFound(BatchNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A file that could not be read at all (a broken zip archive) stops the import where it is. */
    @ExceptionHandler(UncheckedIOException.class)
    public ProblemDetail stopped(UncheckedIOException e) {
        log.warn("event=police_api_import_stopped reason={}", UploadFolder.withoutFolders(e.getMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The import stopped: "
                        + UploadFolder.withoutFolders(e.getCause().getMessage())
                        + ". Files before that point may have been imported: GET /api/v1/police-data/batches"
                        + " lists the batches.");
        problem.setTitle("Import stopped");
        return problem;
    }

    private static FileDocument file(FileImportResult r) {
        return new FileDocument(
                UploadFolder.originalName(r.file()),
                r.force(),
                r.month() == null ? null : r.month().toString(),
                r.kind() == null ? null : r.kind().slug(),
                r.rowsAccepted(),
                r.rowsRejected(),
                r.status().code(),
                r.duplicateRows(),
                r.batchId(),
                r.problem() == null
                        ? null
                        : new ProblemDocument(
                                r.problem().line(),
                                r.problem().column(),
                                r.problem().message()),
                r.quality(),
                r.complete(),
                r.completeness() == null ? null : CompletenessDocument.of(r.completeness()));
    }

    private static BatchDocument batch(ImportBatch b) {
        return new BatchDocument(
                b.id(),
                b.kind().slug(),
                b.force(),
                b.month().toString(),
                UploadFolder.originalName(b.fileName()),
                b.sha256(),
                b.byteSize(),
                b.rows(),
                b.duplicateRows(),
                b.demonstration(),
                b.importedBy(),
                b.importedAt(),
                b.quality());
    }

    private static long count(List<FileImportResult> results, ImportStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
