package org.oversight.decisions;

import java.util.List;
import java.util.Optional;
import org.oversight.decisions.register.DecisionRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions register for other modules (finance links budgets and grants to the decisions behind
 * them; the publication module publishes the register), read only.
 */
@Service
public class DecisionsApi {

    private final DecisionRegister register;

    DecisionsApi(DecisionRegister register) {
        this.register = register;
    }

    /** The decisions matching the search, latest first. */
    @Transactional(readOnly = true)
    public List<Decision> search(DecisionSearch search) {
        return register.search(search);
    }

    /** The decision with that number; empty when the register has none. */
    @Transactional(readOnly = true)
    public Optional<Decision> decision(String number) {
        return register.find(number);
    }

    /** A decision's published notice: its file's details and bytes; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<DecisionNotice> notice(String number) {
        return register.find(number).isEmpty()
                ? Optional.empty()
                : register.notice(number).map(n -> new DecisionNotice(n.notice(), n.content()));
    }

    /** The page of a decision in the register: {@code /decisions/NUMBER}. */
    public static String page(String number) {
        return "/decisions/" + number;
    }

    /** A decision notice's file and its bytes. */
    public record DecisionNotice(Decision.Notice file, byte[] content) {}
}
