package org.oversight.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code ./oversight finance export budget|grants}, as in the command-line contract. */
@SpringBootTest
class FinanceCommandLineTest {

    @Autowired
    ConfigurableApplicationContext context;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void theBudgetIsPrintedAsThePlanPublishesItWithItsTotals() {
        Run run = run("finance", "export", "budget", "--year", "2014/15");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        """
                        line,amount,share
                        Police officers,352479000.00,63.7
                        Police staff,95085000.00,17.2
                        PCSOs,18309000.00,3.3
                        Sub total staffing,465873000.00,84.2
                        Running costs,87700000.00,15.8
                        Income,-24409000.00,-4.4
                        Police force total,529164000.00,95.6
                        WM Office of the PCC,9258000.00,1.7
                        Invest-to-save/IIP,15000000.00,2.7
                        Total spending,553422000.00,100.0
                        Government grant,476238000.00,86.0
                        Council tax,67318000.00,12.2
                        Reserves,9866000.00,1.8
                        Total funding,553422000.00,100.0
                        """);
        assertThat(run.err())
                .contains(
                        "example data",
                        "Note: Government grant: published share 86.0%, computed 86.1% (difference +0.1 points)");
    }

    @Test
    void aBudgetWithoutPublishedSharesGetsComputedOnes() {
        Run run = run("finance", "export", "budget", "--year", "2019/20");
        assertThat(run.out())
                .startsWith("line,amount,share\nPolice grant,252700000.00,44.3\n")
                .endsWith("Total funding,569850000.00,100.0\n");
    }

    @Test
    void theCommunitySafetyFundIsPrintedAsTable1() {
        Run run = run("finance", "export", "grants", "--scheme", "Community Safety Fund", "--year", "2014/15");

        assertThat(run.status()).as(run.err()).isZero();
        String purpose = "\"Grant to the local authority area at its 2013-14 cash level, for crime and community safety"
                + " outcomes through the local policing and crime board\"";
        assertThat(run.out())
                .isEqualTo("recipient,area,amount,purpose\n"
                        + "Birmingham,Birmingham,2497583.00," + purpose + "\n"
                        + "Coventry,Coventry,546304.00," + purpose + "\n"
                        + "Sandwell,Sandwell,530190.00," + purpose + "\n"
                        + "Wolverhampton,Wolverhampton,492495.00," + purpose + "\n"
                        + "Walsall,Walsall,402203.00," + purpose + "\n"
                        + "Dudley,Dudley,396364.00," + purpose + "\n"
                        + "Solihull,Solihull,285938.00," + purpose + "\n"
                        + "West Midlands Police,West Midlands Police,1817923.00,"
                        + "Community Safety Fund allocation for 2014/15 (Table 1 gives no purpose)\n");
    }

    @Test
    void aSchemeIsFoundByItsSlugTooAndAnAreaNotStatedIsEmpty() {
        Run run = run("finance", "export", "grants", "--scheme", "victims-services", "--year", "2018/19");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines())
                .hasSize(17)
                .element(1)
                .isEqualTo("Victim Support,,998920.00,\"1st Contact, Assessment and Referral\"");
    }

    @Test
    void aMissingYearOrSchemeSaysWhatThereIs() {
        Run budget = run("finance", "export", "budget", "--year", "2099/00");
        assertThat(budget.status()).isEqualTo(1);
        assertThat(budget.err())
                .contains("there is no budget for 2099/00; the years with one: 2019/20, 2018/19, 2014/15");

        Run scheme = run("finance", "export", "grants", "--scheme", "No Such Fund", "--year", "2014/15");
        assertThat(scheme.status()).isEqualTo(1);
        assertThat(scheme.err())
                .contains("there is no grant scheme 'No Such Fund'; the schemes: Active Citizens Fund,");

        Run year = run("finance", "export", "grants", "--scheme", "Community Safety Fund", "--year", "2018/19");
        assertThat(year.err()).contains("Community Safety Fund has no awards for 2018/19; its years: 2014/15");

        Run bad = run("finance", "export", "budget", "--year", "2014-15");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--year: '2014-15' is not a financial year such as 2014/15");
    }
}
