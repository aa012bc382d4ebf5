package org.oversight.policedata.demo;

import java.time.YearMonth;

/**
 * The fourteen crime types of a street file, with the West Midlands' monthly level around October
 * 2013, a yearly trend and a smooth seasonal cycle. Levels follow the force's own reports of the time:
 * about 12,000 crimes and 7,000 anti-social behaviour incidents a month, burglary a little over 800.
 * From April 2016 ({@link #RECENT_ERA}) a second set of levels around October 2021 and their own trends
 * apply: more violence and public order recorded, less anti-social behaviour, shoplifting rising
 * after 2022, as the force's later reports describe (made up, only plausible).
 */
enum CrimeType {
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour", 6800, -0.02, 3500, -0.05, 0.12, 7, 2.0, Profile.NONE),
    BICYCLE_THEFT("Bicycle theft", 200, -0.03, 180, -0.02, 0.25, 8, 2.0, Profile.THEFT),
    BURGLARY("Burglary", 875, -0.05, 1000, -0.05, 0.05, 11, 1.0, Profile.THEFT),
    CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson", 1400, -0.04, 1600, -0.02, 0.08, 9, 1.5, Profile.THEFT),
    DRUGS("Drugs", 450, -0.06, 550, 0.02, 0.06, 6, 4.0, Profile.DRUGS),
    OTHER_CRIME("Other crime", 400, 0.0, 650, 0.01, 0.05, 7, 2.0, Profile.OTHER),
    OTHER_THEFT("Other theft", 1550, -0.04, 1500, 0.0, 0.06, 8, 4.0, Profile.THEFT),
    POSSESSION_OF_WEAPONS("Possession of weapons", 90, 0.01, 200, 0.03, 0.08, 7, 4.0, Profile.WEAPONS),
    PUBLIC_ORDER("Public order", 520, 0.03, 1500, 0.0, 0.08, 7, 4.0, Profile.PUBLIC_ORDER),
    ROBBERY("Robbery", 330, -0.05, 420, -0.01, 0.08, 12, 4.0, Profile.THEFT),
    SHOPLIFTING("Shoplifting", 1050, 0.01, 1000, 0.10, 0.05, 12, 15.0, Profile.SHOPLIFTING),
    THEFT_FROM_THE_PERSON("Theft from the person", 270, -0.03, 300, 0.04, 0.08, 12, 12.0, Profile.THEFT),
    VEHICLE_CRIME("Vehicle crime", 1500, -0.05, 1500, -0.02, 0.06, 11, 1.0, Profile.THEFT),
    VIOLENCE_AND_SEXUAL_OFFENCES(
            "Violence and sexual offences", 3200, 0.02, 7500, 0.02, 0.10, 7, 3.0, Profile.VIOLENCE);

    /** The first month of the later levels. */
    static final YearMonth RECENT_ERA = YearMonth.of(2016, 4);

    /** The month the later levels are stated for. */
    static final YearMonth RECENT_REFERENCE = YearMonth.of(2021, 10);

    /** Which mix of outcomes a type of crime tends to end in. */
    enum Profile {
        NONE,
        THEFT,
        VIOLENCE,
        PUBLIC_ORDER,
        SHOPLIFTING,
        DRUGS,
        WEAPONS,
        OTHER
    }

    private static final YearMonth REFERENCE = YearMonth.of(2013, 10);
    private static final double AVERAGE_MONTH_DAYS = 365.25 / 12;

    private final String label;
    private final double referenceCount;
    private final double yearlyTrend;
    private final double recentReferenceCount;
    private final double recentYearlyTrend;
    private final double seasonalAmplitude;
    private final int peakMonth;
    private final double hotspotBoost;
    private final Profile profile;

    CrimeType(
            String label,
            double referenceCount,
            double yearlyTrend,
            double recentReferenceCount,
            double recentYearlyTrend,
            double seasonalAmplitude,
            int peakMonth,
            double hotspotBoost,
            Profile profile) {
        this.label = label;
        this.referenceCount = referenceCount;
        this.yearlyTrend = yearlyTrend;
        this.recentReferenceCount = recentReferenceCount;
        this.recentYearlyTrend = recentYearlyTrend;
        this.seasonalAmplitude = seasonalAmplitude;
        this.peakMonth = peakMonth;
        this.hotspotBoost = hotspotBoost;
        this.profile = profile;
    }

    /** As written in the Crime type column. */
    String label() {
        return label;
    }

    /** How many times busier a town-centre LSOA is than others in its district. */
    double hotspotBoost() {
        return hotspotBoost;
    }

    Profile profile() {
        return profile;
    }

    boolean isCrime() {
        return this != ANTI_SOCIAL_BEHAVIOUR;
    }

    /** The expected force-wide count for a month, before noise. */
    double expectedCount(YearMonth month) {
        if (!month.isBefore(RECENT_ERA)) {
            return recentReferenceCount
                    * level(month, RECENT_REFERENCE, recentYearlyTrend, seasonalAmplitude, peakMonth);
        }
        return referenceCount * level(month, yearlyTrend, seasonalAmplitude, peakMonth);
    }

    /**
     * The common shape of every monthly level: a compound yearly trend from the reference month, a
     * cosine season peaking in {@code peakMonth}, and the month's length.
     */
    static double level(YearMonth month, double yearlyTrend, double seasonalAmplitude, int peakMonth) {
        return level(month, REFERENCE, yearlyTrend, seasonalAmplitude, peakMonth);
    }

    /** The level with the trend counted from {@code reference}. */
    static double level(
            YearMonth month, YearMonth reference, double yearlyTrend, double seasonalAmplitude, int peakMonth) {
        double years =
                (month.getYear() * 12 + month.getMonthValue() - reference.getYear() * 12 - reference.getMonthValue())
                        / 12.0;
        double trend = StrictMath.pow(1 + yearlyTrend, years);
        double season =
                1 + seasonalAmplitude * StrictMath.cos(2 * Math.PI * (month.getMonthValue() - peakMonth) / 12.0);
        double days = month.lengthOfMonth() / AVERAGE_MONTH_DAYS;
        return trend * season * days;
    }
}
