package org.oversight.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the decisions register's reading pages show, for {@link DecisionsController} (signed in) and
 * {@link PublicDecisionsController} (the public): the register searched by words and year, each
 * decision, and its notice (served as a download of its checked type, never shown inline).
 */
@Component
class DecisionPages {

    private final DecisionRegister register;

    DecisionPages(DecisionRegister register) {
        this.register = register;
    }

    String register(DecisionView view, HttpServletRequest request, String q, String year, Model model) {
        view.describe(model, request);
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

    String decision(DecisionView view, HttpServletRequest request, String number, Model model) {
        view.describe(model, request);
        model.addAttribute("decision", register.get(number));
        model.addAttribute("maxSize", String.format("%.0f MB", register.noticeMaxBytes() / 1_048_576.0));
        return "decisions/decision";
    }

    /** The notice as an attachment of its checked type, named after the decision, never sniffed. */
    ResponseEntity<byte[]> notice(String number) {
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
