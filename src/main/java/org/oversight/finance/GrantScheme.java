package org.oversight.finance;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.shared.FinancialYear;

/**
 * A grant scheme (Community Safety Fund, Victims' Services, Active Citizens Fund…) with its years.
 *
 * @param slug names the scheme in addresses and on the command line ({@code community-safety-fund})
 * @param funder where the scheme's money comes from (a Home Office grant, the Ministry of Justice,
 *     money seized under the Proceeds of Crime Act…)
 * @param years each year with a round, latest first: its number of awards and their total
 */
public record GrantScheme(
        String slug, String name, String description, String funder, boolean example, List<Year> years, int version) {

    public GrantScheme {
        years = List.copyOf(years);
    }

    /** A year of the scheme: how many awards it made and their total. */
    public record Year(FinancialYear year, int awards, BigDecimal total) {}
}
