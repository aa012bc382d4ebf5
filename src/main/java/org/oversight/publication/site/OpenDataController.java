package org.oversight.publication.site;

import java.util.Optional;
import org.oversight.accounts.PublicAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data (ADR 0022): every published table at a stable address, {@code /open-data/{period}/{table}}
 * with {@code .csv}, {@code .json} and {@code .csv-metadata.json} (CSVW); the Atom feed of
 * publications. {@code period} is {@code latest}, a quarter ({@code 2024-25-q2}) or a year ({@code 2024-25}).
 */
@Controller
@PublicAccess
class OpenDataController {

    private static final String TABLE = "/open-data/{period}/{table}";
    private static final String NOT_PUBLISHED = "no table of that name has been published for that period";

    private final PublicPages pages;

    OpenDataController(PublicPages pages) {
        this.pages = pages;
    }

    @GetMapping("/open-data")
    ResponseEntity<byte[]> index(WebRequest request) {
        return Responses.send(Optional.of(pages.openData()), request, NOT_PUBLISHED);
    }

    @GetMapping("/open-data/publications.atom")
    ResponseEntity<byte[]> atom(WebRequest request) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return Responses.send(Optional.of(pages.atom(base)), request, NOT_PUBLISHED);
    }

    @GetMapping(TABLE + ".csv")
    ResponseEntity<byte[]> csv(@PathVariable String period, @PathVariable String table, WebRequest request) {
        return Responses.send(
                pages.data(Addresses.period(period), Addresses.table(table), "csv"), request, NOT_PUBLISHED);
    }

    @GetMapping(TABLE + ".json")
    ResponseEntity<byte[]> json(@PathVariable String period, @PathVariable String table, WebRequest request) {
        return Responses.send(
                pages.data(Addresses.period(period), Addresses.table(table), "json"), request, NOT_PUBLISHED);
    }

    @GetMapping(TABLE + ".csv-metadata.json")
    ResponseEntity<byte[]> metadata(@PathVariable String period, @PathVariable String table, WebRequest request) {
        return Responses.send(
                pages.data(Addresses.period(period), Addresses.table(table), "csvw"), request, NOT_PUBLISHED);
    }
}
