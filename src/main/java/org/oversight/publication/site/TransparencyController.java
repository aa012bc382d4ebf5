package org.oversight.publication.site;

import java.util.Optional;
import org.oversight.accounts.PublicAccess;
import org.oversight.reports.DocumentFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public site (ADR 0022): released snapshots only, no sign-in. A period is {@code latest} or a
 * quarter's slug ({@code 2024-25-q2}); anything else is not found.
 */
@Controller
@PublicAccess
class TransparencyController {

    private static final String PERIOD = "{period:latest|\\d{4}-\\d{2}-q[1-4]}";
    private static final String NOT_PUBLISHED = "nothing has been published for that period";

    private final PublicPages pages;

    TransparencyController(PublicPages pages) {
        this.pages = pages;
    }

    @GetMapping("/transparency")
    ResponseEntity<byte[]> latest(WebRequest request) {
        return Responses.send(pages.home("latest"), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD)
    ResponseEntity<byte[]> home(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.home(period), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/plan")
    ResponseEntity<byte[]> plan(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.plan(period), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/performance")
    ResponseEntity<byte[]> performance(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.performance(period), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/performance/{section:measure-[a-z0-9-]{1,80}}")
    ResponseEntity<byte[]> measure(@PathVariable String period, @PathVariable String section, WebRequest request) {
        return Responses.send(pages.measure(period, section), request, "no such measure in that publication");
    }

    @GetMapping("/transparency/" + PERIOD + "/stop-and-search")
    ResponseEntity<byte[]> stopSearch(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.stopSearch(period), request, "that publication has no stop and search figures");
    }

    @GetMapping("/transparency/" + PERIOD + "/national-measures")
    ResponseEntity<byte[]> national(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.national(period), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/annual/{year:\\d{4}-\\d{2}}")
    ResponseEntity<byte[]> annual(@PathVariable String year, WebRequest request) {
        return Responses.send(pages.annual(year), request, "no annual statement has been published for that year");
    }

    @GetMapping("/transparency/history")
    ResponseEntity<byte[]> history(WebRequest request) {
        return Responses.send(Optional.of(pages.history()), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/versions/{id:\\d{1,18}}")
    ResponseEntity<byte[]> version(@PathVariable long id, WebRequest request) {
        return Responses.send(pages.version(id), request, "no published version has that number");
    }

    @GetMapping("/transparency/documents/{id:\\d{1,18}}.{format:pdf|docx|html}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String format, WebRequest request) {
        return Responses.send(
                pages.download(id, DocumentFormat.fromExtension(format)),
                request,
                "no published version has that number");
    }
}
