package org.oversight.finance.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.budget.Budgets;
import org.oversight.finance.grant.Grants;
import org.oversight.finance.grant.RoundDetails;
import org.oversight.finance.spending.SpendingFiles;
import org.oversight.shared.FinancialYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the example finance data (built from the seed documents; see
 * {@code finance/examples/README.md}) into an empty finance register once the application is ready,
 * after the example plans (whose objectives the example grants serve), through the same importers
 * as any file, in one transaction, labelled as example data.
 */
@Component
@ConditionalOnProperty(name = "oversight.seed.example-plans", havingValue = "true", matchIfMissing = true)
class ExampleFinance {

    static final String BY = "example-data";
    private static final Logger log = LoggerFactory.getLogger(ExampleFinance.class);
    private static final String PLAN_2014_15 = "Police and Crime Plan 2014-15 (West Midlands)";
    private static final String REPORT_2018_19 = "Annual report 2018/19 (West Midlands Police and Crime Commissioner)";
    private static final String POPULATION_SOURCE = REPORT_2018_19
            + ", \"Finances 2019-2020\": resident population 2,864,925 (the figure the leaflet's per-head costs use)";

    private final Budgets budgets;
    private final Grants grants;
    private final SpendingFiles spending;
    private final TransactionTemplate transaction;

    ExampleFinance(Budgets budgets, Grants grants, SpendingFiles spending, TransactionTemplate transaction) {
        this.budgets = budgets;
        this.grants = grants;
        this.spending = spending;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        if (!budgets.isEmpty() || !grants.isEmpty() || !spending.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            budgets();
            grants();
        });
        log.info("event=example_finance_loaded budgets=3 schemes=3");
    }

    private void budgets() {
        budget(
                "2014/15",
                new BudgetDetails(
                        PLAN_2014_15 + ", \"2014-15 Budget\" (£'000, with % of total)",
                        null,
                        null,
                        null,
                        pounds("553422000"),
                        pounds("553422000"),
                        null,
                        null,
                        null,
                        null,
                        "The net revenue budget for 2014-15 is £553.4 million, including a 1.99 per cent increase in"
                                + " the police precept. The plan gives the 2013-14 Band D charge (£102.43) but not the"
                                + " 2014-15 one, nor a resident population."),
                "budget-2014-15.csv");
        budget(
                "2018/19",
                new BudgetDetails(
                        REPORT_2018_19 + ", \"Finances 2019-2020\": where the money comes from, 2018-19 column (£m)",
                        2_864_925L,
                        POPULATION_SOURCE,
                        null,
                        null,
                        pounds("535290000"),
                        pounds("90240000"),
                        null,
                        null,
                        null,
                        "The published total is the leaflet's net budget requirement (£535.29m). The leaflet gives"
                                + " per-head figures for 2019-20 only; 2018-19's are computed the same way."),
                "budget-2018-19.csv");
        budget(
                "2019/20",
                new BudgetDetails(
                        REPORT_2018_19 + ", \"Finances 2019-2020\": where the money comes from (£m) and spend on"
                                + " policing per head of population",
                        2_864_925L,
                        POPULATION_SOURCE,
                        pounds("198.53"),
                        null,
                        pounds("569850000"),
                        pounds("108790000"),
                        null,
                        null,
                        "004-2019",
                        "The published total is the leaflet's net budget requirement (£569.85m). The precept is the"
                                + " council tax requirement; the leaflet's gross precept (£109.86m) adds the collection"
                                + " fund surplus. How spending has changed (£m): 2018-19 net expenditure 548.1; police"
                                + " officer pension increase 15.1; national pay awards, inflation and miscellaneous"
                                + " 18.6; WMP2020 project costs −6.6; 2019-20 net expenditure 575.2."),
                "budget-2019-20.csv");
    }

    private void budget(String year, BudgetDetails details, String file) {
        FinancialYear financialYear = FinancialYear.parse(year);
        budgets.create(financialYear, details, true, BY);
        budgets.importLines(financialYear, file, resource(file), null, BY);
    }

    private void grants() {
        grants.createScheme(
                "Community Safety Fund",
                "Home Office drugs, crime and community safety funding that moved to the Commissioner as a Community"
                        + " Safety Fund in 2013-14 and was passported to community safety partnerships. It was"
                        + " subsumed within the main police grant for 2014-15, but the Commissioner committed to"
                        + " awarding grants to each of the local authority areas at the same cash levels as in"
                        + " 2013-14.",
                "Home Office (within the main police grant from 2014-15)",
                true,
                BY);
        grants.createRound(
                "community-safety-fund",
                FinancialYear.parse("2014/15"),
                new RoundDetails(
                        null,
                        pounds("6969000"),
                        null,
                        null,
                        PLAN_2014_15 + ", Table 1: 2014/15 allocation by district",
                        "The Office of the PCC's budget line (£9,258,000) includes this grant."),
                true,
                BY);
        grants.importAwards(
                "community-safety-fund",
                FinancialYear.parse("2014/15"),
                "grants-community-safety-fund-2014-15.csv",
                resource("grants-community-safety-fund-2014-15.csv"),
                BY);

        grants.createScheme(
                "Victims' Services",
                "Support services for victims of crime commissioned by the Commissioner, with the Victims"
                        + " Commission as the advisory body for specialist victim services.",
                "Ministry of Justice Victims' grant",
                true,
                BY);
        grants.createRound(
                "victims-services",
                FinancialYear.parse("2018/19"),
                new RoundDetails(
                        pounds("3329807"),
                        pounds("3144811"),
                        pounds("184996"),
                        null,
                        REPORT_2018_19 + ", \"Table to show funding spent from Ministry of Justice Victims' grant in"
                                + " 2018-19\"",
                        "The table's top row (£3,329,807) is the allocation; its total spend and remaining budget are"
                                + " kept as published."),
                true,
                BY);
        grants.importAwards(
                "victims-services",
                FinancialYear.parse("2018/19"),
                "grants-victims-services-2018-19.csv",
                resource("grants-victims-services-2018-19.csv"),
                BY);

        grants.createScheme(
                "Active Citizens Fund",
                "Goods and cash seized from criminals through the Proceeds of Crime Act, which community groups bid"
                        + " for. The fund is described as worth over £700,000.",
                "Proceeds of Crime Act (POCA) seizures",
                true,
                BY);
        grants.createRound(
                "active-citizens-fund",
                FinancialYear.parse("2018/19"),
                new RoundDetails(
                        null,
                        null,
                        null,
                        null,
                        REPORT_2018_19 + ", \"Active Citizens Fund\"",
                        "190 projects were funded in 2018/19; the annual report names one, recorded here. The total"
                                + " here is of the awards recorded, not of the fund."),
                true,
                BY);
        grants.importAwards(
                "active-citizens-fund",
                FinancialYear.parse("2018/19"),
                "grants-active-citizens-fund-2018-19.csv",
                resource("grants-active-citizens-fund-2018-19.csv"),
                BY);
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    private static byte[] resource(String name) {
        try (InputStream input = ExampleFinance.class.getResourceAsStream("/finance/examples/" + name)) {
            if (input == null) {
                throw new IllegalStateException("finance/examples/" + name + " is missing");
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
