package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** A board member adopted (as proposed or edited) or dismissed a scrutiny prompt. */
public record ScrutinyPromptDecided(
        String planKey, java.time.LocalDate meetingOn, String exceptionKey, String decision, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "scrutiny-prompt-decided";
    }

    @Override
    public String objectType() {
        return "scrutiny-prompt";
    }

    @Override
    public String objectId() {
        return planKey + "/" + meetingOn + "/" + exceptionKey;
    }

    @Override
    public String summary() {
        return "Scrutiny prompt " + exceptionKey + " " + decision + " by " + by;
    }
}
