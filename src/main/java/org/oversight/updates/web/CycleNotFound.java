package org.oversight.updates.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A cycle, item or file that does not exist, or that the signed-in lead does not lead: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CycleNotFound extends RuntimeException {
    CycleNotFound(String message) {
        super(message);
    }
}
