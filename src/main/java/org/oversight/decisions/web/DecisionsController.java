package org.oversight.decisions.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.decisions.Decision;
import org.oversight.decisions.DecisionSearch;
import org.oversight.decisions.NoticeType;
import org.oversight.decisions.register.DecisionNotFound;
import org.oversight.decisions.register.DecisionRegister;
import org.oversight.shared.FinancialYear;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decisions register's pages, which anyone may read: the register searched by words and year,
 * each decision, and its notice (served as a download of its checked type, never shown inline).
 */
@Controller
@PublicAccess
class DecisionsController {

    private final DecisionRegister register;

    DecisionsController(DecisionRegister register) {
        this.register = register;
    }

    @GetMapping("/decisions")
    String register(
            @RequestParam(required = false) String q, @RequestParam(required = false) String year, Model model) {
        FinancialYear financialYear = null;
        if (year != null && !year.isBlank()) {
            try {
                financialYear = FinancialYear.parse(year.replace('-', '/'));
            } catch (IllegalArgumentException e) {
                model.addAttribute("yearError", "Choose a financial year from the list");
            }
        }
        String words = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("q", words == null ? "" : words);
        model.addAttribute("year", financialYear);
        model.addAttribute("years", years());
        model.addAttribute("searched", words != null || financialYear != null);
        model.addAttribute("decisions", register.search(new DecisionSearch(words, financialYear)));
        return "decisions/register";
    }

    @GetMapping("/decisions/{number}")
    String decision(@PathVariable String number, Model model) {
        model.addAttribute("decision", register.get(number));
        model.addAttribute("maxSize", String.format("%.0f MB", register.noticeMaxBytes() / 1_048_576.0));
        return "decisions/decision";
    }

    /** The notice as an attachment of its checked type, named after the decision, never sniffed. */
    @GetMapping("/decisions/{number}/notice")
    ResponseEntity<byte[]> notice(@PathVariable String number) {
        DecisionRegister.NoticeContent notice = register.notice(number)
                .orElseThrow(() -> new DecisionNotFound("Decision " + number + " has no decision notice."));
        String extension = NoticeType.fromContentType(notice.notice().contentType())
                .map(NoticeType::extension)
                .orElse("");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(notice.notice().contentType()))
                .contentLength(notice.content().length)
                .cacheControl(CacheControl.noCache())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("decision-" + number + extension, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(notice.content());
    }

    /** The financial years decisions were taken in, latest first. */
    private List<FinancialYear> years() {
        List<FinancialYear> years = new ArrayList<>();
        for (LocalDate date : register.decisionDates()) {
            FinancialYear year = FinancialYear.containing(date);
            if (!years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    static String path(Decision decision) {
        return "/decisions/" + decision.number();
    }
}
