package org.oversight.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.decisions.Decision;
import org.oversight.decisions.DecisionSearch;
import org.oversight.decisions.DecisionsApi;
import org.oversight.shared.FinancialYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The decisions register searched, as JSON: the entries the public pages show, without staff names. */
@RestController
@Tag(name = "Decisions", description = "The decisions register, as the public pages show it")
public class DecisionsApiController {

    private final DecisionsApi decisions;

    DecisionsApiController(DecisionsApi decisions) {
        this.decisions = decisions;
    }

    /**
     * A decision notice: its file's name, kind, size and SHA-256, and where the public downloads it.
     *
     * @param kind the file's kind in words: PDF, Word document or OpenDocument text
     */
    public record NoticeJson(String fileName, String kind, long size, String sha256, String download) {}

    /** A decision in the register. */
    public record DecisionJson(
            String number,
            String title,
            LocalDate decidedOn,
            String decisionMaker,
            String summary,
            String financialImplications,
            boolean confidential,
            boolean example,
            NoticeJson notice) {}

    @GetMapping("/api/v1/decisions")
    @PublicAccess
    @Operation(
            summary = "Search the decisions register",
            description = "Decisions whose number, title, summary or financial implications hold every word"
                    + " given (any case), taken in the financial year given, latest first; every decision when"
                    + " neither is given.")
    @ApiResponse(responseCode = "200", description = "The decisions found, latest first.")
    @ApiResponse(responseCode = "400", description = "The year is not written like 2018-19.", content = @Content)
    public List<DecisionJson> search(
            @Parameter(description = "Words to look for, e.g. tasers") @RequestParam(required = false) String q,
            @Parameter(description = "A financial year, e.g. 2018-19") @RequestParam(required = false) String year) {
        FinancialYear financialYear = null;
        if (year != null && !year.isBlank()) {
            try {
                financialYear = FinancialYear.parse(year.strip().replace('-', '/'));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
        }
        String words = q == null || q.isBlank() ? null : q.strip();
        return decisions.search(new DecisionSearch(words, financialYear)).stream()
                .map(DecisionsApiController::json)
                .toList();
    }

    private static DecisionJson json(Decision decision) {
        Decision.Notice notice = decision.notice();
        return new DecisionJson(
                decision.number(),
                decision.title(),
                decision.decidedOn(),
                decision.decisionMaker(),
                decision.summary(),
                decision.financialImplications(),
                decision.confidential(),
                decision.example(),
                notice == null
                        ? null
                        : new NoticeJson(
                                notice.fileName(),
                                notice.kind(),
                                notice.size(),
                                notice.sha256(),
                                DecisionView.PUBLIC.base() + "/" + decision.number() + "/notice"));
    }
}
