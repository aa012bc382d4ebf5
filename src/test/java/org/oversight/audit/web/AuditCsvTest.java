package org.oversight.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditEntries;

class AuditCsvTest {

    @Test
    void everyFieldIsWrittenUnderTheHeaderWithTheTimeAsHashed() throws Exception {
        StringWriter out = new StringWriter();
        try (AuditCsv csv = new AuditCsv(out)) {
            csv.write(AuditEntries.anEntry()
                    .address(null)
                    .before("{\"a\":\"x,y\"}")
                    .hashed());
        }

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("sequence,recorded_at,user,address,module,action,object_type,object_id,summary,before,after,"
                        + "previous_hash,hash");
        assertThat(lines[1])
                .startsWith("1,2026-12-06T10:15:30.123456Z,ana,,plan,objective-edited,objective,"
                        + "wm-police-and-crime-plan/2014-15/4.1,Objective 4.1 edited,\"{\"\"a\"\":\"\"x,y\"\"}\",")
                .contains("," + "0".repeat(64) + ",");
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAfterAnApostrophe() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://example.com\")"))
                .isEqualTo("'=HYPERLINK(\"http://example.com\")");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@sum")).isEqualTo("'@sum");
        assertThat(AuditCsv.cell("ana")).isEqualTo("ana");
        assertThat(AuditCsv.cell(null)).isNull();
    }

    @Test
    void noValueIsAnEmptyCellAndAnEmptyValueIsTwoQuotes() throws Exception {
        StringWriter out = new StringWriter();
        try (AuditCsv csv = new AuditCsv(out)) {
            csv.write(AuditEntries.anEntry().address(null).before("").hashed());
        }

        assertThat(out.toString().split("\r\n")[1]).contains(",ana,,plan,").contains(",Objective 4.1 edited,\"\",");
    }

    @Test
    void aValueBeginningWithAnApostropheGetsAnotherSoThatOneLeadingApostropheCanAlwaysBeRemoved() {
        assertThat(AuditCsv.cell("'quoted")).isEqualTo("''quoted");
        assertThat(AuditCsv.cell("it's")).isEqualTo("it's");
    }
}
