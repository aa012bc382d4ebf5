package org.oversight.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The last line against text PostgreSQL cannot hold (the NUL character, in a JSON body or anywhere
 * the parameter check does not see): 400 saying so, not a server error. Any other database failure
 * is left alone (a 500, logged).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnstorableText {

    /** PostgreSQL's "character not in repertoire": invalid byte sequence for encoding "UTF8": 0x00. */
    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    @ExceptionHandler(DataAccessException.class)
    void refuse(DataAccessException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(e.getMostSpecificCause() instanceof SQLException sql
                && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState()))) {
            throw e;
        }
        RequestRefusal.send(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "A value sent holds a character no text in Oversight may hold (the NUL character, U+0000).");
    }
}
