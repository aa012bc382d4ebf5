package org.oversight.policedata.demo;

import java.util.EnumMap;
import java.util.Map;

/**
 * What happens to one crime after it is recorded: how it is resolved, how many months that takes,
 * whether a charge is followed by a court result, and whether the outcome events reach the outcomes
 * files at all (in 2012–2015 many did not). The street file's "Last outcome category" and the outcome
 * rows are both read from this, so the two files tell the same story.
 *
 * @param firstLag months from the crime's month to its first outcome event, or -1 when there is none
 * @param courtLag months from the charge to the court result, or -1 when no result is ever known
 */
record OutcomeHistory(
        Resolution resolution, int firstLag, int courtLag, String courtResult, boolean crownCourt, boolean published) {

    /** The latest outcome months after the crime that an outcomes file still shows. */
    static final int OUTCOME_WINDOW = 6;

    static final String UNDER_INVESTIGATION = "Under investigation";

    enum Resolution {
        NO_SUSPECT("Investigation complete; no suspect identified"),
        UNABLE_TO_PROSECUTE("Unable to prosecute suspect"),
        CHARGED("Suspect charged"),
        CHARGED_IN_ANOTHER_CASE("Suspect charged as part of another case"),
        CAUTION("Offender given a caution"),
        LOCAL_RESOLUTION("Local resolution"),
        PENALTY_NOTICE("Offender given penalty notice"),
        DRUGS_POSSESSION_WARNING("Offender given a drugs possession warning"),
        FORMAL_ACTION_NOT_IN_PUBLIC_INTEREST("Formal action is not in the public interest"),
        FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST("Further investigation is not in the public interest"),
        FURTHER_ACTION_NOT_IN_PUBLIC_INTEREST("Further action is not in the public interest"),
        ANOTHER_ORGANISATION("Action to be taken by another organisation"),
        NO_UPDATE("Status update unavailable");

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        /** As written in both files (for a charge, only in the outcomes file). */
        String label() {
            return label;
        }
    }

    private static final Resolution[] RESOLUTIONS = Resolution.values();

    /** Shares of each resolution, in {@link Resolution} order, by kind of crime. */
    private static final Map<CrimeType.Profile, double[]> SHARES = new EnumMap<>(CrimeType.Profile.class);

    static {
        SHARES.put(
                CrimeType.Profile.THEFT,
                SeededRandom.cumulative(.60, .19, .06, .012, .02, .03, .004, 0, .005, .012, .006, .01, .035));
        SHARES.put(
                CrimeType.Profile.VIOLENCE,
                SeededRandom.cumulative(.12, .55, .12, .01, .05, .04, .003, 0, .01, .02, .01, .03, .04));
        SHARES.put(
                CrimeType.Profile.PUBLIC_ORDER,
                SeededRandom.cumulative(.18, .42, .13, .01, .07, .06, .04, 0, .01, .02, .01, .01, .04));
        SHARES.put(
                CrimeType.Profile.SHOPLIFTING,
                SeededRandom.cumulative(.40, .10, .24, .02, .06, .06, .06, 0, .005, .01, .005, .005, .03));
        SHARES.put(
                CrimeType.Profile.DRUGS,
                SeededRandom.cumulative(.03, .08, .24, .01, .14, .09, .05, .28, .02, .01, .01, .01, .03));
        SHARES.put(
                CrimeType.Profile.WEAPONS,
                SeededRandom.cumulative(.05, .15, .45, .02, .12, .04, .01, 0, .02, .02, .01, .02, .04));
        SHARES.put(
                CrimeType.Profile.OTHER,
                SeededRandom.cumulative(.25, .38, .15, .01, .05, .03, .01, 0, .01, .03, .01, .04, .04));
    }

    private static final double[] NO_SUSPECT_LAGS = SeededRandom.cumulative(.55, .25, .10, .05, .03, .01, .01);
    private static final double[] CHARGE_LAGS = SeededRandom.cumulative(.50, .20, .10, .08, .06, .04, .02);
    private static final double[] OTHER_LAGS = SeededRandom.cumulative(.30, .28, .16, .10, .07, .05, .04);
    private static final double[] COURT_LAGS = SeededRandom.cumulative(.25, .25, .18, .12, .08, .06, .04, .02);

    private static final String[] COURT_RESULTS = {
        "Offender sent to prison",
        "Offender given suspended prison sentence",
        "Offender given community sentence",
        "Offender fined",
        "Offender given conditional discharge",
        "Defendant found not guilty",
        "Court case unable to proceed",
        "Offender ordered to pay compensation",
        "Offender otherwise dealt with",
        "Offender deprived of property",
        "Offender given absolute discharge"
    };
    private static final double[] COURT_RESULT_SHARES =
            SeededRandom.cumulative(.14, .10, .19, .22, .09, .10, .07, .03, .03, .02, .01);

    /** Share of resolved crimes whose outcome events appear in the outcomes files. */
    private static final double PUBLISHED = 0.68;

    static OutcomeHistory draw(CrimeType type, SeededRandom random) {
        Resolution resolution = RESOLUTIONS[random.pick(SHARES.get(type.profile()))];
        if (resolution == Resolution.NO_UPDATE) {
            return new OutcomeHistory(resolution, -1, -1, null, false, false);
        }
        double[] lags =
                switch (resolution) {
                    case NO_SUSPECT -> NO_SUSPECT_LAGS;
                    case CHARGED -> CHARGE_LAGS;
                    default -> OTHER_LAGS;
                };
        int firstLag = random.pick(lags);
        int courtLag = -1;
        String courtResult = null;
        boolean crownCourt = false;
        if (resolution == Resolution.CHARGED) {
            if (random.chance(0.8)) {
                courtLag = 1 + random.pick(COURT_LAGS);
                courtResult = random.pick(COURT_RESULTS, COURT_RESULT_SHARES);
            }
            boolean serious = type == CrimeType.ROBBERY
                    || type == CrimeType.POSSESSION_OF_WEAPONS
                    || type == CrimeType.VIOLENCE_AND_SEXUAL_OFFENCES;
            crownCourt = random.chance(serious ? 0.25 : 0.05);
        }
        return new OutcomeHistory(resolution, firstLag, courtLag, courtResult, crownCourt, random.chance(PUBLISHED));
    }

    /** The street file's "Last outcome category", seen {@code age} months after the crime's month. */
    String lastOutcomeCategory(int age) {
        if (resolution == Resolution.NO_UPDATE) {
            return age <= 1 ? UNDER_INVESTIGATION : resolution.label();
        }
        if (age < firstLag) {
            return UNDER_INVESTIGATION;
        }
        if (resolution != Resolution.CHARGED) {
            return resolution.label();
        }
        if (courtLag >= 0 && age >= firstLag + courtLag) {
            return courtResult;
        }
        if (age - firstLag <= 4) {
            return crownCourt ? "Defendant sent to Crown Court" : "Awaiting court outcome";
        }
        return "Court result unavailable";
    }

    /** The outcome type recorded {@code lag} months after the crime's month, or null when none is. */
    String outcomeAt(int lag) {
        if (!published || lag > OUTCOME_WINDOW) {
            return null;
        }
        if (lag == firstLag) {
            return resolution.label();
        }
        if (courtLag >= 0 && lag == firstLag + courtLag) {
            return courtResult;
        }
        return null;
    }
}
