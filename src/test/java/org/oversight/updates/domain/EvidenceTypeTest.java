package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence files: the type from the name must agree with the content; names lose any folder. */
class EvidenceTypeTest {

    @Test
    void aPdfIsAPdfWhenItsContentSaysSo() {
        EvidenceType type = EvidenceType.forName("Report.PDF").orElseThrow();
        assertThat(type.contentType()).isEqualTo("application/pdf");
        assertThat(type.matches("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(type.matches("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }

    @Test
    void textWithNulBytesIsNotText() {
        EvidenceType csv = EvidenceType.forName("figures.csv").orElseThrow();
        assertThat(csv.matches("month,offences\nApril,868\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(csv.matches(new byte[] {'M', 'Z', 0, 0})).isFalse();
    }

    @Test
    void otherKindsOfFileAreNotEvidence() {
        assertThat(EvidenceType.forName("run.exe")).isEmpty();
        assertThat(EvidenceType.forName("page.html")).isEmpty();
        assertThat(EvidenceType.forName("no-extension")).isEmpty();
    }

    @Test
    void aFileKeepsOnlyItsOwnNameWithoutFoldersOrQuotes() {
        assertThat(EvidenceFiles.cleanName("C:\\Users\\leo\\report \"final\".pdf"))
                .isEqualTo("report _final_.pdf");
        assertThat(EvidenceFiles.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThatThrownBy(() -> EvidenceFiles.cleanName("folder/")).hasMessageContaining("choose a file");
    }
}
