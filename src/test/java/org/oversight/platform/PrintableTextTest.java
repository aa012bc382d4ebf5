package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What can be printed on a line as it is, and what is written as an escape. */
class PrintableTextTest {

    @Test
    void lineBreaksAndControlCharactersAreWrittenAsEscapes() {
        assertThat(PrintableText.escape("a\nb\rc\u0000d\u001be\u007ff\u0085g\u2028h"))
                .isEqualTo("a\\nb\\rc\\u0000d\\u001be\\u007ff\\u0085g\\u2028h");
    }

    @Test
    void ordinaryTextTabsAndOtherScriptsAreKept() {
        String text = "2024-04-west-midlands-street.csv\tÉire – Cymru “quoted” 北京";
        assertThat(PrintableText.escape(text)).isSameAs(text);
        assertThat(PrintableText.escape(null)).isNull();
    }
}
