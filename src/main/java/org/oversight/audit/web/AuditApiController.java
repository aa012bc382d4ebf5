package org.oversight.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.oversight.accounts.AdminAccess;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditPage;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.oversight.audit.chain.EntryHash;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for automation (admins, HTTP Basic): entries with the page's filters, and the chain's check. */
@RestController
@RequestMapping("/api/v1/audit")
@AdminAccess
@Tag(name = "Audit trail", description = "Every change recorded, append-only and hash-chained")
public class AuditApiController {

    static final int DEFAULT_SIZE = 50;

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    /** One recorded change, every field; {@code recordedAt} as hashed (UTC, microseconds). */
    public record EntryDocument(
            long sequence,
            String recordedAt,
            String user,
            String address,
            String module,
            String action,
            String objectType,
            String objectId,
            String summary,
            String before,
            String after,
            String previousHash,
            String hash) {

        static EntryDocument of(AuditEntry entry) {
            return new EntryDocument(
                    entry.sequence(),
                    EntryHash.time(entry.recordedAt()),
                    entry.user(),
                    entry.address(),
                    entry.module(),
                    entry.action(),
                    entry.objectType(),
                    entry.objectId(),
                    entry.summary(),
                    entry.before(),
                    entry.after(),
                    entry.previousHash(),
                    entry.hash());
        }
    }

    /** A page of entries, newest first, and how many there are in all. */
    public record EntryPageDocument(List<EntryDocument> entries, int page, int size, long total, int pages) {}

    /** The chain's check: intact with how many entries, or the first entry that does not verify. */
    public record VerificationDocument(
            boolean intact, long entries, String latestHash, BrokenDocument firstBrokenEntry) {}

    /** The first entry that does not verify. */
    public record BrokenDocument(long sequence, String problem) {}

    @GetMapping
    @Operation(
            summary = "List audit entries",
            description =
                    "Newest first, filtered as the audit page filters: by user name, module, words of the object's"
                            + " type or id, and days (in Europe/London).")
    @ApiResponse(responseCode = "200", description = "One page of the entries the filter lets through.")
    @ApiResponse(responseCode = "400", description = "from, to, page or size is not valid.", content = @Content)
    public EntryPageDocument entries(
            @Parameter(description = "A user name, exactly (letter case aside)") @RequestParam(required = false)
                    String user,
            @Parameter(description = "A module: accounts, plan, policedata, performance …")
                    @RequestParam(required = false)
                    String module,
            @Parameter(description = "Words found in the object's type or id, such as wiltshire/2024-04")
                    @RequestParam(required = false)
                    String object,
            @Parameter(description = "The first day, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "The last day, YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "The page, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Entries a page, 1 to 500 (default 50)") @RequestParam(defaultValue = "50")
                    int size) {
        AuditFilter filter = new AuditFilter(user, module, object, day("from", from), day("to", to));
        AuditPage found = trail.page(filter, page, size, true);
        return new EntryPageDocument(
                found.entries().stream().map(EntryDocument::of).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.pages());
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Check the audit trail's chain",
            description = "Recomputes every entry's hash and the links between them, as ./oversight audit verify does.")
    @ApiResponse(
            responseCode = "200",
            description = "Whether the chain is intact; if not, the first entry that is not.")
    public VerificationDocument verification() {
        ChainVerification result = trail.verify();
        return new VerificationDocument(
                result.intact(),
                result.entries(),
                result.latestHash(),
                result.intact()
                        ? null
                        : new BrokenDocument(
                                result.broken().sequence(), result.broken().problem()));
    }

    private static LocalDate day(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day such as 2026-12-06, not '" + text + "'");
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
