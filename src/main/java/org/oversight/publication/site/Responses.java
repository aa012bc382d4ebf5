package org.oversight.publication.site;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Sends a stored page: 404 when there is none, 304 when the caller has it already. */
final class Responses {

    private Responses() {}

    static ResponseEntity<byte[]> send(Optional<Page> found, WebRequest request, String notFound) {
        Page page = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, notFound));
        if (request.checkNotModified(page.etag())) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(page.mediaType()))
                .eTag(page.etag())
                .cacheControl(CacheControl.noCache().cachePublic());
        if (page.fileName() != null) {
            response.header(
                    "Content-Disposition",
                    (page.mediaType().startsWith("text/html")
                                    ? ContentDisposition.inline()
                                    : ContentDisposition.attachment())
                            .filename(page.fileName())
                            .build()
                            .toString());
        }
        return response.body(page.body());
    }
}
