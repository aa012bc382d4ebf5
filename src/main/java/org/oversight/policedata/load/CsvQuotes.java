package org.oversight.policedata.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a file's quoting goes wrong, read as RFC 4180 reads it: a quote opened and never
 * closed (the CSV reader then takes the rest of the file as one value, and reports only a row with
 * too few columns, or nothing at all when it was the last value), or a character straight after a
 * closing quote. It is read only when a row looks wrong, so loading pays nothing for it.
 */
final class CsvQuotes {

    private CsvQuotes() {}

    /** The first quoting mistake, with its line and character column; empty when the quoting is sound. */
    static Optional<FileRefused> mistake(Path file, java.util.List<String> header) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return mistake(in, header);
        }
    }

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    static Optional<FileRefused> mistake(Reader in, java.util.List<String> header) throws IOException {
        State state = State.FIELD_START;
        long line = 1;
        long column = 0;
        int field = 0;
        long openedLine = 0;
        long openedColumn = 0;
        int openedField = 0;
        boolean afterCarriageReturn = false;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                continue; // the second half of a CRLF: the line was counted at the CR
            }
            afterCarriageReturn = c == '\r';
            boolean lineBreak = c == '\n' || c == '\r';
            if (c != '\uFEFF' || line != 1 || column != 0) {
                column++;
            }
            switch (state) {
                case FIELD_START, UNQUOTED -> {
                    if (c == '"' && state == State.FIELD_START) {
                        state = State.QUOTED;
                        openedLine = line;
                        openedColumn = column;
                        openedField = field;
                    } else if (c == ',') {
                        state = State.FIELD_START;
                        field++;
                    } else if (lineBreak) {
                        state = State.FIELD_START;
                        field = 0;
                    } else {
                        state = State.UNQUOTED;
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTED; // a doubled quote inside the value
                    } else if (c == ',') {
                        state = State.FIELD_START;
                        field++;
                    } else if (lineBreak) {
                        state = State.FIELD_START;
                        field = 0;
                    } else {
                        return Optional.of(new FileRefused(
                                line,
                                (int) column,
                                "a value in " + column(header, field) + " has '" + (char) c
                                        + "' straight after its closing quote: a quote inside a quoted value must be"
                                        + " doubled (\"\"): the file is refused"));
                    }
                }
            }
            if (lineBreak) {
                line++;
                column = 0;
            }
        }
        if (state == State.QUOTED) {
            long lines = line - openedLine;
            return Optional.of(new FileRefused(
                    openedLine,
                    (int) openedColumn,
                    "the quote that opens the value of " + column(header, openedField)
                            + " here is never closed, so the rest of the file (" + lines
                            + (lines == 1 ? " line" : " lines") + ") would be read as that one value: the file is"
                            + " refused"));
        }
        return Optional.empty();
    }

    private static String column(java.util.List<String> header, int field) {
        return "column " + (field + 1) + (field < header.size() ? " (" + header.get(field) + ")" : "");
    }
}
