package org.oversight.stopsearch.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.oversight.accounts.PublicAccess;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.StopSearchApi;
import org.oversight.stopsearch.StopSearchRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public stop and search page (no sign-in) and its CSV downloads: the same figures for everyone,
 * labelled when they include generated demonstration data.
 */
@Controller
@PublicAccess
class StopSearchController {

    private final StopSearchApi api;
    private final StopSearchPages pages;

    StopSearchController(StopSearchApi api, StopSearchPages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GetMapping("/stop-search")
    String page(
            @RequestParam(required = false) String force,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String ethnicity,
            Model model) {
        Optional<StopSearchPages.Choice> choice = choose(force, to, period, ethnicity, model);
        if (choice.isEmpty()) {
            return "stopsearch/none";
        }
        pages.fill(choice.get(), model);
        return "stopsearch/page";
    }

    @GetMapping("/stop-search/summary.csv")
    ResponseEntity<String> summaryCsv(
            @RequestParam(required = false) String force,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period) {
        return csv(
                force,
                to,
                period,
                null,
                "summary",
                c -> StopSearchCsv.summary(api.summary(c.force(), c.from(), c.to())));
    }

    @GetMapping("/stop-search/disproportionality.csv")
    ResponseEntity<String> disproportionalityCsv(
            @RequestParam(required = false) String force,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String ethnicity) {
        return csv(
                force,
                to,
                period,
                ethnicity,
                "disproportionality",
                c -> StopSearchCsv.disproportionality(
                        api.disproportionality(c.force(), c.from(), c.to(), c.basis(), Optional.empty())));
    }

    @GetMapping("/stop-search/monthly.csv")
    ResponseEntity<String> monthlyCsv(
            @RequestParam(required = false) String force,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period) {
        return csv(
                force,
                to,
                period,
                null,
                "monthly",
                c -> StopSearchCsv.monthly(
                        api.monthly(c.force(), c.to().minusMonths(StopSearchPages.TREND_MONTHS - 1), c.to())));
    }

    @GetMapping("/stop-search/districts.csv")
    ResponseEntity<String> districtsCsv(
            @RequestParam(required = false) String force,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period) {
        return csv(
                force,
                to,
                period,
                null,
                "districts",
                c -> StopSearchCsv.districts(api.districts(c.force(), c.from(), c.to())));
    }

    /** A CSV download; a choice or figures that cannot be given answer the not-found page (StopSearchPageErrors). */
    private ResponseEntity<String> csv(
            String force,
            String to,
            String period,
            String ethnicity,
            String name,
            java.util.function.Function<StopSearchPages.Choice, String> body) {
        StopSearchPages.Choice choice = pages.choice(force, to, period, ethnicity)
                .orElseThrow(() -> new StopSearchRefused("No stop and search data is imported"));
        String text = body.apply(choice);
        String file =
                "stop-search-" + name + "-" + choice.force() + "-" + choice.from() + "-to-" + choice.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(text);
    }

    private Optional<StopSearchPages.Choice> choose(
            String force, String to, String period, String ethnicity, Model model) {
        try {
            return pages.choice(force, to, period, ethnicity);
        } catch (StopSearchRefused e) {
            model.addAttribute("problem", e.getMessage());
            return pages.choice(null, null, null, null);
        }
    }

    /** Parses a month parameter; a clear refusal otherwise. */
    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new StopSearchRefused("'" + text + "' is not a month like 2024-04");
        }
    }

    static List<String> periods() {
        return java.util.Arrays.stream(Period.values()).map(Period::code).toList();
    }

    static EthnicityBasis basis(String code) {
        return EthnicityBasis.fromCode(code)
                .orElseThrow(() -> new StopSearchRefused("'" + code + "' must be self-defined or officer-defined"));
    }
}
