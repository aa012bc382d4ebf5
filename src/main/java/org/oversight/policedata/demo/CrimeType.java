package org.oversight.policedata.demo;

import java.time.YearMonth;

/**
 * The fourteen crime types of a street file, with the West Midlands' monthly level around October
 * 2013, a yearly trend and a smooth seasonal cycle. Levels follow the force's own reports of the time:
 * about 12,000 crimes and 7,000 anti-social behaviour incidents a month, burglary a little over 800.
 */
enum CrimeType {
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour", 6800, -0.02, 0.12, 7, 2.0, Profile.NONE),
    BICYCLE_THEFT("Bicycle theft", 200, -0.03, 0.25, 8, 2.0, Profile.THEFT),
    BURGLARY("Burglary", 875, -0.05, 0.05, 11, 1.0, Profile.THEFT),
    CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson", 1400, -0.04, 0.08, 9, 1.5, Profile.THEFT),
    DRUGS("Drugs", 450, -0.06, 0.06, 6, 4.0, Profile.DRUGS),
    OTHER_CRIME("Other crime", 400, 0.0, 0.05, 7, 2.0, Profile.OTHER),
    OTHER_THEFT("Other theft", 1550, -0.04, 0.06, 8, 4.0, Profile.THEFT),
    POSSESSION_OF_WEAPONS("Possession of weapons", 90, 0.01, 0.08, 7, 4.0, Profile.WEAPONS),
    PUBLIC_ORDER("Public order", 520, 0.03, 0.08, 7, 4.0, Profile.PUBLIC_ORDER),
    ROBBERY("Robbery", 330, -0.05, 0.08, 12, 4.0, Profile.THEFT),
    SHOPLIFTING("Shoplifting", 1050, 0.01, 0.05, 12, 15.0, Profile.SHOPLIFTING),
    THEFT_FROM_THE_PERSON("Theft from the person", 270, -0.03, 0.08, 12, 12.0, Profile.THEFT),
    VEHICLE_CRIME("Vehicle crime", 1500, -0.05, 0.06, 11, 1.0, Profile.THEFT),
    VIOLENCE_AND_SEXUAL_OFFENCES("Violence and sexual offences", 3200, 0.02, 0.10, 7, 3.0, Profile.VIOLENCE);

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
    private final double seasonalAmplitude;
    private final int peakMonth;
    private final double hotspotBoost;
    private final Profile profile;

    CrimeType(
            String label,
            double referenceCount,
            double yearlyTrend,
            double seasonalAmplitude,
            int peakMonth,
            double hotspotBoost,
            Profile profile) {
        this.label = label;
        this.referenceCount = referenceCount;
        this.yearlyTrend = yearlyTrend;
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
        return referenceCount * level(month, yearlyTrend, seasonalAmplitude, peakMonth);
    }

    /**
     * The common shape of every monthly level: a compound yearly trend from the reference month, a
     * cosine season peaking in {@code peakMonth}, and the month's length.
     */
    static double level(YearMonth month, double yearlyTrend, double seasonalAmplitude, int peakMonth) {
        double years =
                (month.getYear() * 12 + month.getMonthValue() - REFERENCE.getYear() * 12 - REFERENCE.getMonthValue())
                        / 12.0;
        double trend = StrictMath.pow(1 + yearlyTrend, years);
        double season =
                1 + seasonalAmplitude * StrictMath.cos(2 * Math.PI * (month.getMonthValue() - peakMonth) / 12.0);
        double days = month.lengthOfMonth() / AVERAGE_MONTH_DAYS;
        return trend * season * days;
    }
}
