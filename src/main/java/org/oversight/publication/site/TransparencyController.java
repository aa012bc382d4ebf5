package org.oversight.publication.site;

import java.util.Optional;
import org.oversight.accounts.PublicAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public site (ADR 0022): released snapshots only, no sign-in. A period is {@code latest} or a
 * quarter's slug ({@code 2024-25-q2}); anything else is not found ({@link Addresses}).
 */
@Controller
@PublicAccess
class TransparencyController {

    private static final String PERIOD = "{period}";
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
        return Responses.send(pages.home(Addresses.quarter(period)), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/plan")
    ResponseEntity<byte[]> plan(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.plan(Addresses.quarter(period)), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/performance")
    ResponseEntity<byte[]> performance(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.performance(Addresses.quarter(period)), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/" + PERIOD + "/performance/{section}")
    ResponseEntity<byte[]> measure(@PathVariable String period, @PathVariable String section, WebRequest request) {
        return Responses.send(
                pages.measure(Addresses.quarter(period), Addresses.measure(section)),
                request,
                "no such measure in that publication");
    }

    @GetMapping("/transparency/" + PERIOD + "/stop-and-search")
    ResponseEntity<byte[]> stopSearch(@PathVariable String period, WebRequest request) {
        return Responses.send(
                pages.stopSearch(Addresses.quarter(period)),
                request,
                "that publication has no stop and search figures");
    }

    @GetMapping("/transparency/" + PERIOD + "/national-measures")
    ResponseEntity<byte[]> national(@PathVariable String period, WebRequest request) {
        return Responses.send(pages.national(Addresses.quarter(period)), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/annual/{year}")
    ResponseEntity<byte[]> annual(@PathVariable String year, WebRequest request) {
        return Responses.send(
                pages.annual(Addresses.year(year)), request, "no annual statement has been published for that year");
    }

    @GetMapping("/transparency/history")
    ResponseEntity<byte[]> history(WebRequest request) {
        return Responses.send(Optional.of(pages.history()), request, NOT_PUBLISHED);
    }

    @GetMapping("/transparency/versions/{id}")
    ResponseEntity<byte[]> version(@PathVariable String id, WebRequest request) {
        return Responses.send(pages.version(Addresses.id(id)), request, "no published version has that number");
    }

    @GetMapping("/transparency/documents/{id}.{format}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String format, WebRequest request) {
        return Responses.send(
                pages.download(Addresses.id(id), Addresses.format(format)),
                request,
                "no published version has that number");
    }
}
