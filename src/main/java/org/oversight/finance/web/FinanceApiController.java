package org.oversight.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.FinanceApi;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantRound;
import org.oversight.finance.GrantScheme;
import org.oversight.shared.FinancialYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public's finance figures as JSON: a year's budget and a grant scheme's awards in a year, the
 * same figures as the public pages and the command line's CSV (not yet through publication).
 */
@RestController
@Tag(name = "Finance", description = "Budgets and grants, as the public pages show them")
public class FinanceApiController {

    private final FinanceApi finance;

    FinanceApiController(FinanceApi finance) {
        this.finance = finance;
    }

    /**
     * A budget line: its amount and share of its side's total as Oversight computes them, beside the
     * figures the budget publishes.
     *
     * @param side spending or funding
     * @param parent the name of the line it sits under, or null
     * @param publishedAmount the amount as published, or null when the budget gives none (a subtotal)
     * @param publishedShare the share as published, or null
     */
    public record BudgetLineJson(
            String side,
            String line,
            String parent,
            BigDecimal amount,
            BigDecimal publishedAmount,
            BigDecimal share,
            BigDecimal publishedShare) {}

    /**
     * A year's budget.
     *
     * @param costPerResident the computed cost per resident, or null without a population
     * @param differences each published figure that differs from the computed one, in words
     */
    public record BudgetJson(
            String year,
            boolean example,
            String source,
            List<BudgetLineJson> lines,
            BigDecimal costPerResident,
            BigDecimal publishedCostPerResident,
            List<String> differences) {}

    /** An award, without the office's monitoring of it. */
    public record AwardJson(
            String recipient,
            String area,
            BigDecimal amount,
            String purpose,
            String conditions,
            LocalDate awardedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            String decisionNumber) {}

    /**
     * A scheme's awards in a year.
     *
     * @param publishedTotal the total as the source publishes it, or null
     */
    public record GrantRoundJson(
            String scheme,
            String year,
            boolean example,
            BigDecimal allocation,
            BigDecimal total,
            BigDecimal publishedTotal,
            String source,
            List<AwardJson> awards) {}

    @GetMapping("/api/v1/finance/budgets/{year}")
    @PublicAccess
    @Operation(
            summary = "A year's budget",
            description = "Spending and funding lines in order (a line under another names its parent), each with"
                    + " its amount and share of its side's total (per cent, one place, half up, never forced to"
                    + " 100) beside the published figures; the cost per resident; and every published figure that"
                    + " does not add up, in words. Example data built from the seed documents say so.")
    @ApiResponse(responseCode = "200", description = "The budget.")
    @ApiResponse(responseCode = "400", description = "The year is not written like 2014-15.", content = @Content)
    @ApiResponse(responseCode = "404", description = "There is no budget for the year.", content = @Content)
    public BudgetJson budget(@Parameter(description = "The financial year, e.g. 2014-15") @PathVariable String year) {
        FinancialYear financialYear = year(year);
        BudgetStatement statement = finance.budget(financialYear)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no budget for " + financialYear));
        List<BudgetLineJson> lines = statement.sides().stream()
                .flatMap(side -> side.lines().stream()
                        .map(line -> new BudgetLineJson(
                                side.side().slug(),
                                line.name(),
                                side.lines().stream()
                                        .filter(other -> other.key().equals(line.parentKey()))
                                        .map(BudgetStatement.Line::name)
                                        .findFirst()
                                        .orElse(null),
                                line.amount(),
                                line.givenAmount(),
                                line.share(),
                                line.publishedShare())))
                .toList();
        BudgetStatement.CostPerResident perHead = statement.costPerResident();
        return new BudgetJson(
                financialYear.toString(),
                statement.example(),
                statement.details().source(),
                lines,
                perHead == null ? null : perHead.cost(),
                perHead == null ? null : perHead.published(),
                statement.differences());
    }

    @GetMapping("/api/v1/finance/grants/{scheme}/{year}")
    @PublicAccess
    @Operation(
            summary = "A grant scheme's awards in a year",
            description = "Each award's recipient, area (null when the source states none), amount, purpose,"
                    + " conditions, dates and decision, in the order recorded, with the awards' total beside the"
                    + " published total. The scheme is named by its name in any case or its slug.")
    @ApiResponse(responseCode = "200", description = "The awards.")
    @ApiResponse(responseCode = "400", description = "The year is not written like 2014-15.", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "There is no such scheme, or it has no awards in the year.",
            content = @Content)
    public GrantRoundJson grants(
            @Parameter(description = "The scheme's slug or name, e.g. community-safety-fund") @PathVariable
                    String scheme,
            @Parameter(description = "The financial year, e.g. 2014-15") @PathVariable String year) {
        FinancialYear financialYear = year(year);
        GrantScheme found = finance.grantScheme(scheme)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no grant scheme '" + scheme + "'"));
        GrantRound round = finance.grantRound(found.slug(), financialYear)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, found.name() + " has no awards for " + financialYear));
        return new GrantRoundJson(
                round.schemeName(),
                financialYear.toString(),
                round.example(),
                round.allocation(),
                round.total(),
                round.publishedTotal(),
                round.source(),
                round.awards().stream().map(FinanceApiController::award).toList());
    }

    private static AwardJson award(GrantAward award) {
        return new AwardJson(
                award.recipient(),
                award.area(),
                award.amount(),
                award.purpose(),
                award.conditions(),
                award.awardedOn(),
                award.startsOn(),
                award.endsOn(),
                award.decisionNumber());
    }

    private static FinancialYear year(String text) {
        try {
            return FinancialYear.parse(text.replace('-', '/'));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
