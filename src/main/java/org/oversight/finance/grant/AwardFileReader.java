package org.oversight.finance.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.table.Columns;
import org.oversight.finance.table.Columns.Field;
import org.oversight.finance.table.Fields;
import org.oversight.finance.table.TableFile;

/**
 * Reads a year's awards of a grant scheme from CSV or Excel. Columns: {@code recipient},
 * {@code amount} (pounds, more than 0) and {@code purpose}, and optionally {@code area},
 * {@code conditions}, {@code awarded_on}, {@code starts_on}, {@code ends_on}, {@code decision} (a
 * decisions register number), {@code objectives} (plan objectives served, each written
 * {@code PLAN/VERSION/NUMBER} and separated by {@code ;}, such as
 * {@code wm-police-and-crime-plan/2014-15/4.2}) and {@code note}. Any problem refuses the file.
 */
final class AwardFileReader {

    static final List<Field> FIELDS = List.of(
            Field.required("recipient"),
            Field.optional("area", "district"),
            Field.required("amount", "amount (£)", "allocation"),
            Field.required("purpose"),
            Field.optional("conditions"),
            Field.optional("awarded_on", "awarded"),
            Field.optional("starts_on", "start date"),
            Field.optional("ends_on", "end date"),
            Field.optional("decision", "decision_number"),
            Field.optional("objectives"),
            Field.optional("note"));

    /** Finds a plan objective by plan key, version label and number; its anchor, or empty. */
    interface Objectives {
        Optional<String> anchor(String planKey, String versionLabel, String number);
    }

    record Line(long line, Award award) {}

    List<Line> read(String fileName, byte[] content, Objectives objectives) {
        TableFile table = TableFile.read(fileName, content);
        List<FileProblem> problems = new ArrayList<>();
        Columns columns = Columns.match(table.header(), FIELDS, false, problems);
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        List<Line> lines = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            Fields fields = new Fields(row, columns, problems);
            int before = problems.size();
            String recipient = fields.required("recipient");
            String purpose = fields.required("purpose");
            BigDecimal amount = fields.amount("amount", true);
            if (amount != null && amount.signum() <= 0) {
                fields.problem("amount", "an award must be more than £0");
            }
            LocalDate awarded = fields.date("awarded_on", false);
            LocalDate starts = fields.date("starts_on", false);
            LocalDate ends = fields.date("ends_on", false);
            if (starts != null && ends != null && starts.isAfter(ends)) {
                fields.problem("ends_on", "the end date is before the start date");
            }
            if (recipient != null && recipient.length() > 300) {
                fields.problem("recipient", "is longer than 300 characters");
            }
            Set<Award.Objective> served = objectives(fields, objectives);
            if (problems.size() > before) {
                continue;
            }
            Award award = Award.of(
                            null,
                            recipient,
                            purpose,
                            amount,
                            fields.optional("area"),
                            fields.optional("conditions"),
                            awarded,
                            starts,
                            ends,
                            fields.optional("decision"),
                            fields.optional("note"))
                    .withObjectives(served);
            lines.add(new Line(row.line(), award));
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(FileProblem.ofFile("the file has a header but no awards"));
        }
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        return lines;
    }

    private static Set<Award.Objective> objectives(Fields fields, Objectives objectives) {
        Set<Award.Objective> served = new LinkedHashSet<>();
        for (String ref : fields.text("objectives").split(";")) {
            String value = ref.strip();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("/");
            if (parts.length != 3) {
                fields.problem(
                        "objectives",
                        "'" + value + "' is not an objective: write PLAN/VERSION/NUMBER, such as"
                                + " wm-police-and-crime-plan/2014-15/4.2");
                continue;
            }
            Optional<String> anchor = objectives.anchor(parts[0].strip(), parts[1].strip(), parts[2].strip());
            if (anchor.isEmpty()) {
                fields.problem(
                        "objectives",
                        "the plan register has no objective " + parts[2].strip() + " in version " + parts[1].strip()
                                + " of the plan " + parts[0].strip());
                continue;
            }
            served.add(new Award.Objective(parts[0].strip(), parts[1].strip(), anchor.get()));
        }
        return served;
    }
}
