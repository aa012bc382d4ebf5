package org.oversight.plan.domain;

import java.util.SortedSet;
import java.util.TreeSet;
import org.oversight.accounts.LeadNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The leads named by any commitment or measure of any plan version: what lead officers may hold. */
@Component
class PlanLeadNames implements LeadNames {

    private final PlanRegister register;

    PlanLeadNames(PlanRegister register) {
        this.register = register;
    }

    @Override
    @Transactional(readOnly = true)
    public SortedSet<String> known() {
        SortedSet<String> names = new TreeSet<>();
        for (Plan plan : register.plans()) {
            for (PlanVersion version : register.versions(plan)) {
                for (Objective objective : version.objectives()) {
                    objective.commitments().forEach(commitment -> names.addAll(commitment.leads()));
                    objective.measures().forEach(measure -> names.addAll(measure.leads()));
                }
            }
        }
        return names;
    }
}
