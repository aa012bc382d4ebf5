package org.oversight.policedata.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a file's quoting goes wrong, by line and character. */
class CsvQuotesTest {

    static final List<String> HEADER = List.of("a", "b", "c");

    private static Optional<FileRefused> mistake(String text) throws IOException {
        return CsvQuotes.mistake(new StringReader(text), HEADER);
    }

    @Test
    void aQuoteNeverClosedIsFoundWhereItOpens() throws IOException {
        FileRefused found = mistake("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n").orElseThrow();

        assertThat(found.line).isEqualTo(3);
        assertThat(found.column).isEqualTo(3);
        assertThat(found.getMessage())
                .startsWith("the quote that opens the value of column 2 (b) here is never closed")
                .contains("the rest of the file (2 lines)");
    }

    @Test
    void aCharacterAfterAClosingQuoteIsFoundWhereItStands() throws IOException {
        FileRefused found = mistake("a,b,c\r\n1,\"2\"x,3\r\n").orElseThrow();

        assertThat(found.line).isEqualTo(2);
        assertThat(found.column).isEqualTo(6);
        assertThat(found.getMessage()).contains("'x' straight after its closing quote");
    }

    @Test
    void soundQuotingWithDoubledQuotesCommasAndLineBreaksIsNoMistake() throws IOException {
        assertThat(mistake("a,b,c\n1,\"say \"\"hi\"\", then\nleave\",3\n4,5,\"\"\n"))
                .isEmpty();
        assertThat(mistake("\uFEFFa,b,c\r\n1,2,3")).isEmpty();
    }
}
