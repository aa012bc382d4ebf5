package org.oversight.publication.scheme;

import java.util.List;

/**
 * An item the office must publish (the Elected Local Policing Bodies (Specified Information) Order
 * 2011 as amended in 2021, and the plan's own promise of quarterly performance), and how Oversight
 * publishes it, if it does.
 *
 * @param reference where the requirement comes from ("Schedule paragraph 7A")
 * @param kind the publication kind that satisfies it on the public site; {@code null} when it is not a
 *     snapshot Oversight releases
 * @param livePage the address of a live page of Oversight that publishes it, or {@code null}
 * @param cadence how often a release is due; {@code null} when Oversight does not judge it
 */
public record SchemeItem(String id, String reference, String words, String kind, String livePage, Cadence cadence) {

    /** How often a release is due, and how long after its period ends. */
    public enum Cadence {
        /** Each financial quarter, by the end of the third month after it. */
        QUARTERLY,
        /** Each financial year, by the end of September after it. */
        ANNUAL
    }

    public boolean publishedByOversight() {
        return kind != null || livePage != null;
    }

    /** The items, in the Order's order. */
    public static final List<SchemeItem> ALL = List.of(
            new SchemeItem(
                    "office-holders",
                    "Schedule paragraph 1",
                    "The office holders: names, contact details, salaries, allowances and expenses, interests",
                    null,
                    null,
                    null),
            new SchemeItem(
                    "staff",
                    "Schedule paragraph 2",
                    "The staff: organisation chart, senior salaries, gifts and hospitality",
                    null,
                    null,
                    null),
            new SchemeItem(
                    "income-and-expenditure",
                    "Schedule paragraph 3",
                    "Income and expenditure: budget, precept, grants, spending over £500, contracts",
                    null,
                    "/public/finance",
                    null),
            new SchemeItem("property", "Schedule paragraph 4", "Property, rights and liabilities", null, null, null),
            new SchemeItem(
                    "decisions",
                    "Schedule paragraph 5",
                    "Decisions of significant public interest (the decisions register)",
                    null,
                    "/public/decisions",
                    null),
            new SchemeItem("policies", "Schedule paragraph 6", "Policies", null, null, null),
            new SchemeItem(
                    "crime-and-disorder",
                    "Schedule paragraph 7",
                    "Reports from community safety partnerships (Crime and Disorder Act 1998, section 7)",
                    null,
                    null,
                    null),
            new SchemeItem(
                    "performance",
                    "Police and Crime Plan (quarterly publication of performance)",
                    "Performance against the plan's measures",
                    "publication",
                    null,
                    Cadence.QUARTERLY),
            new SchemeItem(
                    "national-measures",
                    "Schedule paragraph 7A",
                    "Statement on the force's contribution to the national priorities for policing, with"
                            + " applicability",
                    "national-measures-statement",
                    null,
                    Cadence.QUARTERLY),
            new SchemeItem(
                    "annual-report",
                    "Police Reform and Social Responsibility Act 2011, section 12",
                    "Annual report: statement of progress on performance measures",
                    "annual-statement",
                    null,
                    Cadence.ANNUAL),
            new SchemeItem(
                    "inspections",
                    "Schedule paragraph 7B",
                    "HM Inspectorate of Constabulary reports on the force, and the office's response",
                    null,
                    null,
                    null),
            new SchemeItem(
                    "complaints",
                    "Schedule paragraph 7C",
                    "Complaints: IOPC data and how the office holds the Chief Constable to account for them",
                    null,
                    null,
                    null),
            new SchemeItem(
                    "custody-visiting",
                    "Schedule paragraph 8",
                    "Independent custody visiting: how the arrangements operate",
                    null,
                    null,
                    null));
}
