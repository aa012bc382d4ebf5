package org.oversight.policedata.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One month of stop and search records: searches of one to three people at a time, at the hours
 * searches happen, with the disproportion by ethnicity seen in the West Midlands, sorted by time like
 * the published files, with their exact repeats and their UTC dates.
 */
final class StopSearches {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'");

    private static final double REFERENCE_COUNT = 1480;
    private static final double YEARLY_TREND = -0.04;
    private static final double SEASONAL_AMPLITUDE = 0.08;
    private static final int PEAK_MONTH = 7;

    private static final String PERSON = "Person search";
    private static final String PERSON_AND_VEHICLE = "Person and Vehicle search";
    private static final String VEHICLE = "Vehicle search";
    private static final String[] TYPES = {PERSON, PERSON_AND_VEHICLE, VEHICLE};
    private static final double[] TYPE_SHARES = SeededRandom.cumulative(80, 15, 5);

    /** Searches by local hour of day, quiet before dawn and busiest in the evening. */
    private static final double[] HOURS = SeededRandom.cumulative(
            4, 3, 2.5, 2, 1.2, 0.8, 0.8, 1.2, 2, 2.8, 3.5, 4, 4.3, 4.5, 5, 5.5, 5.8, 6, 6, 6.2, 6.3, 6, 5.5, 4.8);

    private static final double[] GROUP_SIZES = SeededRandom.cumulative(86, 10, 4);

    private static final String[] OPERATIONS = {
        "Operation Safer Streets", "Operation Nightsafe", "Operation Guardian", "Operation Vigilant"
    };

    private static final String[] GENDERS = {"Male", "Female", "Other", ""};
    private static final double[] GENDER_SHARES = SeededRandom.cumulative(88.3, 11, 0.4, 0.3);

    private static final String[] AGES = {"under 10", "10-17", "18-24", "25-34", "over 34", ""};
    private static final double[] AGE_SHARES = SeededRandom.cumulative(0.1, 16, 38, 26, 17, 3);

    /** Self-defined ethnicity, with the officer-defined group it is usually seen as (null: varies). */
    private static final String[][] ETHNICITIES = {
        {"White - English/Welsh/Scottish/Northern Irish/British", "White"},
        {"White - Any other White background", "White"},
        {"White - Irish", "White"},
        {"Asian/Asian British - Pakistani", "Asian"},
        {"Asian/Asian British - Indian", "Asian"},
        {"Asian/Asian British - Bangladeshi", "Asian"},
        {"Asian/Asian British - Any other Asian background", "Asian"},
        {"Asian/Asian British - Chinese", "Asian"},
        {"Black/African/Caribbean/Black British - Caribbean", "Black"},
        {"Black/African/Caribbean/Black British - African", "Black"},
        {"Black/African/Caribbean/Black British - Any other Black/African/Caribbean background", "Black"},
        {"Mixed/Multiple ethnic groups - White and Black Caribbean", null},
        {"Mixed/Multiple ethnic groups - White and Asian", null},
        {"Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background", null},
        {"Other ethnic group - Not stated", null},
        {"Other ethnic group - Any other ethnic group", null},
        {"Other ethnic group - Arab", "Other"}
    };
    /**
     * About 47% White, 25% Asian, 14% Black, 5% Mixed and 2% Other of those stating their ethnicity,
     * against a population about 61% White, 23% Asian and 8% Black (Census 2021): Black people are
     * searched at roughly two to three times the rate of White people.
     */
    private static final double[] ETHNICITY_SHARES =
            SeededRandom.cumulative(40, 4, 0.5, 11, 4, 2.5, 3, 0.3, 6, 5, 3, 3.5, 0.7, 1.2, 12, 2, 0.3);

    private static final String[] OFFICER_GROUPS = {"White", "Asian", "Black", "Other"};
    private static final double[] NOT_STATED_SEEN_AS = SeededRandom.cumulative(55, 25, 15, 5);
    private static final double[] MIXED_CARIBBEAN_SEEN_AS = SeededRandom.cumulative(35, 0, 55, 10);
    private static final double[] OTHER_MIXED_SEEN_AS = SeededRandom.cumulative(30, 15, 15, 40);
    private static final double[] ANY_OTHER_SEEN_AS = SeededRandom.cumulative(20, 30, 0, 50);

    private static final String DRUGS_ACT = "Misuse of Drugs Act 1971 (section 23)";
    private static final String PACE = "Police and Criminal Evidence Act 1984 (section 1)";
    private static final String SECTION_60 = "Criminal Justice and Public Order Act 1994 (section 60)";
    private static final String FIREARMS_ACT = "Firearms Act 1968 (section 47)";
    private static final String[] LEGISLATION = {DRUGS_ACT, PACE, SECTION_60, FIREARMS_ACT};
    private static final double[] LEGISLATION_SHARES = SeededRandom.cumulative(65, 30, 3, 2);

    private static final String[] PACE_OBJECTS = {
        "Stolen goods",
        "Offensive weapons",
        "Article for use in theft",
        "Articles for use in criminal damage",
        "Fireworks",
        "Anything to threaten or harm anyone"
    };
    private static final double[] PACE_OBJECT_SHARES = SeededRandom.cumulative(40, 30, 18, 8, 2, 2);

    private static final String NO_FURTHER_ACTION = "A no further action disposal";
    private static final String[] OUTCOMES = {
        NO_FURTHER_ACTION,
        "Arrest",
        "Community resolution",
        "Khat or Cannabis warning",
        "Penalty Notice for Disorder",
        "Summons / charged by post",
        "Caution (simple or conditional)",
        ""
    };
    private static final double[] DRUGS_OUTCOME_SHARES = SeededRandom.cumulative(67, 12, 7, 7.7, 2, 2.3, 1, 0.3);
    private static final double[] OTHER_OUTCOME_SHARES = SeededRandom.cumulative(75, 17, 4, 0, 2, 1.2, 0.5, 0.3);

    /** About one row in 150 is repeated exactly, as in the published files. */
    private static final double REPEAT_SHARE = 1.0 / 150;

    private static final double[] LSOA_WEIGHTS = Geography.cumulativeWeights(true, 6.0);

    private record Row(long epochSecond, String[] fields) {}

    private StopSearches() {}

    /** Searches a month around October 2021, and their yearly trend, for months of the later levels. */
    private static final double RECENT_REFERENCE_COUNT = 1700;

    private static final double RECENT_YEARLY_TREND = -0.05;

    static double expectedCount(YearMonth month) {
        if (!month.isBefore(CrimeType.RECENT_ERA)) {
            return RECENT_REFERENCE_COUNT
                    * CrimeType.level(
                            month, CrimeType.RECENT_REFERENCE, RECENT_YEARLY_TREND, SEASONAL_AMPLITUDE, PEAK_MONTH);
        }
        return REFERENCE_COUNT * CrimeType.level(month, YEARLY_TREND, SEASONAL_AMPLITUDE, PEAK_MONTH);
    }

    /** The month's rows in file order (by time), exact repeats included. */
    static List<String[]> month(YearMonth month, SeededRandom random) {
        int target = random.count(expectedCount(month), 1.0);
        List<Row> rows = new ArrayList<>(target + 16);
        boolean summerTimeAtStart =
                LONDON.getRules().getOffset(month.atDay(1).atStartOfDay()).getTotalSeconds() != 0;
        if (summerTimeAtStart) {
            // Searches in the first hour of the 1st are dated the day before in UTC; make sure a file
            // for a summer-time month always has some, since they are the easiest rows to misfile.
            int early = random.between(1, 2);
            for (int i = 0; i < early; i++) {
                encounter(month, month.atDay(1).atTime(0, random.nextInt(60)), random, rows);
            }
        }
        while (rows.size() < target) {
            LocalDateTime local =
                    month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(random.pick(HOURS), minute(random));
            encounter(month, local, random, rows);
        }
        rows.sort(Comparator.comparingLong(Row::epochSecond));
        List<String[]> file = new ArrayList<>(rows.size() + rows.size() / 100);
        for (Row row : rows) {
            file.add(row.fields());
            if (random.chance(REPEAT_SHARE)) {
                file.add(row.fields());
            }
        }
        return file;
    }

    /** Officers' times cluster on round minutes. */
    private static int minute(SeededRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.08) {
            return 0;
        }
        if (roll < 0.28) {
            return 5 * random.nextInt(12);
        }
        return random.nextInt(60);
    }

    private static void encounter(YearMonth month, LocalDateTime local, SeededRandom random, List<Row> rows) {
        // Within the spring-forward gap the clock moves on an hour; the London date stays the same.
        Instant instant = local.atZone(LONDON).toInstant();
        if (!YearMonth.from(instant.atZone(LONDON)).equals(month)) {
            throw new IllegalStateException("Search time outside its month: " + local);
        }
        String date = UTC_DATE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        String type = random.pick(TYPES, TYPE_SHARES);
        int people = type.equals(VEHICLE) ? 1 : 1 + random.pick(GROUP_SIZES);
        String[] coordinates = coordinates(random);
        String legislation = random.pick(LEGISLATION, LEGISLATION_SHARES);
        String object = objectOfSearch(legislation, random);
        String[] operation = operation(random);
        for (int p = 0; p < people; p++) {
            String[] fields = new String[15];
            fields[0] = type;
            fields[1] = date;
            fields[2] = operation[0];
            fields[3] = operation[1];
            fields[4] = coordinates[0];
            fields[5] = coordinates[1];
            fields[10] = legislation;
            fields[11] = object;
            if (type.equals(VEHICLE)) {
                fields[6] = "";
                fields[7] = "";
                fields[8] = "";
                fields[9] = "";
            } else {
                fields[6] = random.pick(GENDERS, GENDER_SHARES);
                fields[7] = random.pick(AGES, AGE_SHARES);
                String[] ethnicity = random.pick(ETHNICITIES, ETHNICITY_SHARES);
                fields[8] = ethnicity[0];
                fields[9] = random.chance(0.10) ? "" : officerDefined(ethnicity, random);
            }
            String outcome =
                    random.pick(OUTCOMES, legislation.equals(DRUGS_ACT) ? DRUGS_OUTCOME_SHARES : OTHER_OUTCOME_SHARES);
            fields[12] = outcome;
            fields[13] = linkedToObject(outcome, random);
            fields[14] = type.equals(VEHICLE) ? "" : removal(random);
            rows.add(new Row(instant.getEpochSecond(), fields));
        }
    }

    /** Latitude then longitude (this file's order), from the same anonymised points as crimes. */
    private static String[] coordinates(SeededRandom random) {
        if (random.chance(0.03)) {
            return new String[] {"", ""};
        }
        Geography.Lsoa lsoa = Geography.LSOAS[random.pick(LSOA_WEIGHTS)];
        Geography.Point point = lsoa.points()[random.nextInt(lsoa.points().length)];
        return new String[] {point.latitude(), point.longitude()};
    }

    private static String objectOfSearch(String legislation, SeededRandom random) {
        return switch (legislation) {
            case DRUGS_ACT -> "Controlled drugs";
            case PACE -> random.pick(PACE_OBJECTS, PACE_OBJECT_SHARES);
            case SECTION_60 -> random.chance(0.85) ? "Offensive weapons" : "Anything to threaten or harm anyone";
            default -> random.chance(0.9) ? "Firearms" : "Evidence of offences under the Act";
        };
    }

    private static String[] operation(SeededRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.75) {
            return new String[] {"", ""};
        }
        if (roll < 0.98) {
            return new String[] {"False", ""};
        }
        return new String[] {"True", random.any(OPERATIONS)};
    }

    private static String officerDefined(String[] ethnicity, SeededRandom random) {
        if (ethnicity[1] != null) {
            return random.chance(0.96) ? ethnicity[1] : random.any(OFFICER_GROUPS);
        }
        double[] seenAs;
        if (ethnicity[0].endsWith("White and Black Caribbean")) {
            seenAs = MIXED_CARIBBEAN_SEEN_AS;
        } else if (ethnicity[0].endsWith("Not stated")) {
            seenAs = NOT_STATED_SEEN_AS;
        } else if (ethnicity[0].startsWith("Mixed")) {
            seenAs = OTHER_MIXED_SEEN_AS;
        } else {
            seenAs = ANY_OTHER_SEEN_AS;
        }
        return random.pick(OFFICER_GROUPS, seenAs);
    }

    private static String linkedToObject(String outcome, SeededRandom random) {
        if (outcome.equals(NO_FURTHER_ACTION)) {
            return random.chance(0.96) ? "" : "False";
        }
        if (outcome.isEmpty()) {
            return random.any(new String[] {"True", "False", ""});
        }
        double linked = outcome.equals("Arrest") ? 0.55 : 0.70;
        return random.chance(linked) ? "True" : "False";
    }

    private static String removal(SeededRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.02) {
            return "True";
        }
        return roll < 0.04 ? "" : "False";
    }
}
