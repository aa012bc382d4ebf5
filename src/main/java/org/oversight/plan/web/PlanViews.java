package org.oversight.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanVersion;

/** What the plan pages show, built from the aggregate. */
final class PlanViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanViews() {}

    record VersionView(
            String planKey,
            String planTitle,
            String heading,
            String force,
            String issuedBy,
            String label,
            String issuedOn,
            String variationOf,
            String note,
            int lock,
            String updatedBy,
            List<SectionView> sections,
            List<String> leads,
            String lead,
            int commitments,
            int measures) {}

    record SectionView(String title, List<ObjectiveView> objectives) {}

    record ObjectiveView(
            int position,
            String number,
            String title,
            String description,
            List<CommitmentView> commitments,
            List<MeasureView> measures) {}

    record CommitmentView(
            int position, String heading, String text, String leads, String cadence, String start, String due) {}

    record MeasureView(
            int position, String heading, String text, String direction, String unit, String target, String leads) {}

    static VersionView version(Plan plan, PlanVersion version, String lead) {
        // Consecutive objectives under the same heading form a section, in the plan's order.
        List<SectionView> sectionViews = new ArrayList<>();
        int commitments = 0;
        int measures = 0;
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            List<CommitmentView> commitmentViews = new ArrayList<>();
            for (int c = 0; c < objective.commitments().size(); c++) {
                Commitment commitment = objective.commitments().get(c);
                if (lead == null || commitment.leads().contains(lead)) {
                    commitmentViews.add(new CommitmentView(
                            c + 1,
                            commitment.heading(),
                            commitment.text(),
                            String.join(", ", commitment.leads()),
                            commitment.cadence() == null
                                    ? null
                                    : commitment.cadence().words(),
                            day(commitment.startOn()),
                            day(commitment.dueOn())));
                }
            }
            List<MeasureView> measureViews = new ArrayList<>();
            for (int m = 0; m < objective.measures().size(); m++) {
                Measure measure = objective.measures().get(m);
                if (lead == null || measure.leads().contains(lead)) {
                    measureViews.add(new MeasureView(
                            m + 1,
                            measure.heading(),
                            measure.text(),
                            switch (measure.direction()) {
                                case INCREASE -> "Higher is better";
                                case DECREASE -> "Lower is better";
                                case NEUTRAL -> "No preferred direction";
                            },
                            measure.unit() == null
                                    ? null
                                    : measure.unit().code().replace('-', ' '),
                            measure.target().words(measure.unit()),
                            String.join(", ", measure.leads())));
                }
            }
            commitments += commitmentViews.size();
            measures += measureViews.size();
            if (lead != null && commitmentViews.isEmpty() && measureViews.isEmpty()) {
                continue;
            }
            String section = Objects.requireNonNullElse(objective.section(), "");
            if (sectionViews.isEmpty()
                    || !sectionViews.get(sectionViews.size() - 1).title().equals(section)) {
                sectionViews.add(new SectionView(section, new ArrayList<>()));
            }
            sectionViews
                    .get(sectionViews.size() - 1)
                    .objectives()
                    .add(new ObjectiveView(
                            o + 1,
                            objective.number(),
                            objective.title(),
                            objective.description(),
                            commitmentViews,
                            measureViews));
        }
        return new VersionView(
                plan.key(),
                plan.title(),
                heading(plan.title(), version.label()),
                plan.force(),
                plan.issuedBy(),
                version.label(),
                day(version.issuedOn()),
                version.variationOf(),
                version.note(),
                version.version(),
                version.updatedBy(),
                sectionViews,
                leads(version),
                lead,
                commitments,
                measures);
    }

    /** "Police and Crime Plan 2014-15", but not "Plan 2021-2025 2021-2025" when the title has the years. */
    static String heading(String title, String label) {
        String squashedTitle = title.replaceAll("[^0-9A-Za-z]", "");
        String squashedLabel = label.replaceAll("[^0-9A-Za-z]", "");
        return squashedTitle.contains(squashedLabel) ? title : title + " " + label;
    }

    static List<String> leads(PlanVersion version) {
        TreeSet<String> leads = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Objective objective : version.objectives()) {
            objective.commitments().forEach(c -> leads.addAll(c.leads()));
            objective.measures().forEach(m -> leads.addAll(m.leads()));
        }
        return List.copyOf(leads);
    }

    static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }
}
