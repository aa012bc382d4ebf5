package org.oversight.finance;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.shared.FinancialYear;

/**
 * Awards added up by scheme and year, and by area (district) and year across schemes.
 *
 * @param byArea one row per area and year; awards that name no area are under a null area
 */
public record GrantTotals(List<SchemeYear> bySchemeAndYear, List<AreaYear> byArea) {

    public GrantTotals {
        bySchemeAndYear = List.copyOf(bySchemeAndYear);
        byArea = List.copyOf(byArea);
    }

    public record SchemeYear(String schemeSlug, String schemeName, FinancialYear year, int awards, BigDecimal total) {}

    public record AreaYear(String area, FinancialYear year, int awards, BigDecimal total) {}
}
