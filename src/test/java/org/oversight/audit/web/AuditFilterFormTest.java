package org.oversight.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditFilter;

class AuditFilterFormTest {

    @Test
    void daysAreReadAsDayMonthYearOrIso() {
        assertThat(AuditFilterForm.day("6/12/2026")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(AuditFilterForm.day(" 2026-12-06 ")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(AuditFilterForm.day("31/2/2026")).isNull();
        assertThat(AuditFilterForm.day("yesterday")).isNull();
    }

    @Test
    void aDayThatCannotBeReadIsSaidAndLeftOut() {
        AuditFilterForm form = new AuditFilterForm("ana", "plan", null, "31/2/2026", "6/12/2026", null);

        assertThat(form.filter()).isEqualTo(new AuditFilter("ana", "plan", null, null, LocalDate.of(2026, 12, 6)));
        assertThat(form.problems())
                .containsExactly(new AuditFilterForm.Problem("from", "From must be a real date, such as 1/12/2026"));
    }

    @Test
    void daysTheWrongWayRoundAreSaidAndBothLeftOut() {
        AuditFilterForm form = new AuditFilterForm(null, null, null, "7/12/2026", "6/12/2026", null);

        assertThat(form.filter().from()).isNull();
        assertThat(form.filter().to()).isNull();
        assertThat(form.problems()).extracting(AuditFilterForm.Problem::field).containsExactly("from");
    }

    @Test
    void theLinkKeepsTheFilterForEveryPage() {
        AuditFilterForm form = new AuditFilterForm("ana", "", "west-midlands/2024-04", null, null, "3");

        assertThat(form.link("/audit").build().encode().toUriString())
                .isEqualTo("/audit?user=ana&object=west-midlands/2024-04");
        assertThat(form.pageNumber()).isEqualTo(3);
        assertThat(new AuditFilterForm(null, null, null, null, null, "x").pageNumber())
                .isEqualTo(1);
    }
}
