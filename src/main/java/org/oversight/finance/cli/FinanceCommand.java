package org.oversight.finance.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.FinanceApi;
import org.oversight.finance.GrantRound;
import org.oversight.finance.GrantScheme;
import org.oversight.finance.export.BudgetCsv;
import org.oversight.finance.export.GrantsCsv;
import org.oversight.platform.CommandGroup;
import org.oversight.shared.FinancialYear;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight finance export budget|grants}: the finance register as CSV (a stable contract). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "finance",
        description = "The finance register: budgets, grants and spending.",
        mixinStandardHelpOptions = true,
        subcommands = {FinanceCommand.Export.class})
public class FinanceCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "export",
            description = "Export the finance register as CSV.",
            mixinStandardHelpOptions = true,
            subcommands = {Export.Budget.class, Export.Grants.class})
    static class Export extends CommandGroup {

        @Component
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @Command(
                name = "budget",
                description = "A year's budget as CSV line,amount,share: each side's lines in order, each side ending"
                        + " with its total; pounds with two decimal places, shares per cent to one place, as"
                        + " published where the budget states a figure. Differences from the computed figures are"
                        + " noted on standard error.",
                mixinStandardHelpOptions = true)
        static class Budget implements Callable<Integer> {
            private final FinanceApi finance;

            @Spec
            CommandSpec spec;

            @Option(names = "--year", required = true, paramLabel = "YYYY/YY", description = "e.g. 2014/15")
            String year;

            Budget(FinanceApi finance) {
                this.finance = finance;
            }

            @Override
            public Integer call() {
                PrintWriter err = spec.commandLine().getErr();
                FinancialYear financialYear = year(year, err);
                if (financialYear == null) {
                    return 2;
                }
                Optional<BudgetStatement> statement = finance.budget(financialYear);
                if (statement.isEmpty()) {
                    err.println("there is no budget for " + financialYear + "; the years with one: "
                            + String.join(
                                    ", ",
                                    finance.budgetYears().stream()
                                            .map(Object::toString)
                                            .toList()));
                    err.flush();
                    return 1;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(BudgetCsv.write(statement.get()));
                out.flush();
                if (statement.get().example()) {
                    err.println("Note: this budget is example data built from the seed documents.");
                }
                statement.get().differences().forEach(difference -> err.println("Note: " + difference));
                err.flush();
                return 0;
            }
        }

        @Component
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @Command(
                name = "grants",
                description = "A grant scheme's awards in a year as CSV recipient,area,amount,purpose, in the order"
                        + " recorded; pounds with two decimal places, an area not stated left empty.",
                mixinStandardHelpOptions = true)
        static class Grants implements Callable<Integer> {
            private final FinanceApi finance;

            @Spec
            CommandSpec spec;

            @Option(
                    names = "--scheme",
                    required = true,
                    paramLabel = "NAME",
                    description = "the scheme's name (\"Community Safety Fund\", any case) or its slug"
                            + " (community-safety-fund)")
            String scheme;

            @Option(names = "--year", required = true, paramLabel = "YYYY/YY", description = "e.g. 2014/15")
            String year;

            Grants(FinanceApi finance) {
                this.finance = finance;
            }

            @Override
            public Integer call() {
                PrintWriter err = spec.commandLine().getErr();
                FinancialYear financialYear = year(year, err);
                if (financialYear == null) {
                    return 2;
                }
                Optional<GrantScheme> found = finance.grantScheme(scheme);
                if (found.isEmpty()) {
                    err.println("there is no grant scheme '" + scheme + "'; the schemes: "
                            + String.join(
                                    ", ",
                                    finance.grantSchemes().stream()
                                            .map(GrantScheme::name)
                                            .toList()));
                    err.flush();
                    return 1;
                }
                Optional<GrantRound> round = finance.grantRound(found.get().slug(), financialYear);
                if (round.isEmpty()) {
                    err.println(found.get().name() + " has no awards for " + financialYear + "; its years: "
                            + String.join(
                                    ", ",
                                    found.get().years().stream()
                                            .map(y -> y.year().toString())
                                            .toList()));
                    err.flush();
                    return 1;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(GrantsCsv.write(round.get()));
                out.flush();
                GrantRound r = round.get();
                if (r.example()) {
                    err.println("Note: these awards are example data built from the seed documents.");
                }
                if (r.totalDifference() != null && r.totalDifference().signum() != 0) {
                    err.println("Note: the awards add to £" + r.total().toPlainString() + "; the published total is £"
                            + r.publishedTotal().toPlainString());
                }
                err.flush();
                return 0;
            }
        }
    }

    /** The year from {@code --year}, or null (and a message) when it is not one. */
    static FinancialYear year(String text, PrintWriter err) {
        try {
            return FinancialYear.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("--year: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
