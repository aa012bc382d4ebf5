package org.oversight.policedata.demo;

import java.io.IOException;
import java.time.YearMonth;

/**
 * One month of street-level crime, made LSOA by LSOA in the order of their names (the order of the
 * published files) and handed on one crime at a time, so that memory stays constant however many
 * rows are asked for.
 */
final class StreetCrimes {

    /** A crime or incident as the street file shows it; lsoa and point are null for "No Location". */
    record Crime(CrimeType type, String id, Geography.Lsoa lsoa, Geography.Point point, OutcomeHistory history) {}

    @FunctionalInterface
    interface Sink {
        void accept(Crime crime) throws IOException;
    }

    /** Rows with no coordinates, no LSOA and "No Location"; published files end with them. */
    private static final double NO_LOCATION_SHARE = 0.005;

    /** Monthly totals scatter a little less than Poisson counts, keeping them in the force's range. */
    private static final double COUNT_SPREAD = 0.8;

    private static final CrimeType[] TYPES = CrimeType.values();
    private static final double[][] LSOA_WEIGHTS = lsoaWeights();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StreetCrimes() {}

    /** Force-wide counts by type for a month: level, season and trend, plus noise. */
    static int[] monthlyCounts(YearMonth month, SeededRandom random) {
        int[] counts = new int[TYPES.length];
        for (CrimeType type : TYPES) {
            counts[type.ordinal()] = random.count(type.expectedCount(month), COUNT_SPREAD);
        }
        return counts;
    }

    /** Exactly {@code rows} records, spread over the types as that month's mix would spread them. */
    static int[] countsForRows(YearMonth month, int rows, SeededRandom random) {
        double[] expected = new double[TYPES.length];
        for (CrimeType type : TYPES) {
            expected[type.ordinal()] = type.expectedCount(month);
        }
        double[] mix = SeededRandom.cumulative(expected);
        int[] counts = new int[TYPES.length];
        for (int i = 0; i < rows; i++) {
            counts[random.pick(mix)]++;
        }
        return counts;
    }

    static void generate(int[] counts, SeededRandom random, Sink sink) throws IOException {
        Geography.Lsoa[] lsoas = Geography.LSOAS;
        int typeCount = TYPES.length;
        int[] perLsoa = new int[lsoas.length * typeCount];
        int[] unlocated = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            for (int i = 0; i < counts[t]; i++) {
                if (random.chance(NO_LOCATION_SHARE)) {
                    unlocated[t]++;
                } else {
                    perLsoa[random.pick(LSOA_WEIGHTS[t]) * typeCount + t]++;
                }
            }
        }
        int[] order = new int[64];
        for (int l = 0; l < lsoas.length; l++) {
            int size = 0;
            for (int t = 0; t < typeCount; t++) {
                size += perLsoa[l * typeCount + t];
            }
            order = fill(order, perLsoa, l * typeCount, size, typeCount);
            random.shuffle(order, size);
            for (int i = 0; i < size; i++) {
                CrimeType type = TYPES[order[i]];
                Geography.Point point = point(lsoas[l], type, random);
                sink.accept(crime(type, lsoas[l], point, random));
            }
        }
        int size = 0;
        for (int count : unlocated) {
            size += count;
        }
        order = fill(order, unlocated, 0, size, typeCount);
        random.shuffle(order, size);
        for (int i = 0; i < size; i++) {
            sink.accept(crime(TYPES[order[i]], null, null, random));
        }
    }

    private static int[] fill(int[] buffer, int[] counts, int offset, int size, int typeCount) {
        int[] order = buffer.length >= size ? buffer : new int[Math.max(size, buffer.length * 2)];
        int next = 0;
        for (int t = 0; t < typeCount; t++) {
            for (int i = 0; i < counts[offset + t]; i++) {
                order[next++] = t;
            }
        }
        return order;
    }

    private static Crime crime(CrimeType type, Geography.Lsoa lsoa, Geography.Point point, SeededRandom random) {
        if (!type.isCrime()) {
            return new Crime(type, "", lsoa, point, null);
        }
        return new Crime(type, crimeId(random), lsoa, point, OutcomeHistory.draw(type, random));
    }

    /** 64 lowercase hexadecimal characters, like the published (hashed) identifiers. */
    private static String crimeId(SeededRandom random) {
        char[] id = new char[64];
        for (int word = 0; word < 4; word++) {
            long bits = random.nextLong();
            for (int i = 15; i >= 0; i--) {
                id[word * 16 + i] = HEX[(int) (bits & 15)];
                bits >>>= 4;
            }
        }
        return new String(id);
    }

    /** Shops draw shoplifting, car parks vehicle crime, night clubs violence; busy points draw more. */
    static Geography.Point point(Geography.Lsoa lsoa, CrimeType type, SeededRandom random) {
        Geography.Point[] points = lsoa.points();
        Geography.Point preferred =
                switch (type) {
                    case SHOPLIFTING -> random.chance(0.7) ? firstAt(points, Geography.Place.SUPERMARKET) : null;
                    case VEHICLE_CRIME -> random.chance(0.3) ? firstAt(points, Geography.Place.PARKING_AREA) : null;
                    case VIOLENCE_AND_SEXUAL_OFFENCES, PUBLIC_ORDER ->
                        random.chance(0.2) ? firstAt(points, Geography.Place.NIGHTCLUB) : null;
                    default -> null;
                };
        if (preferred != null) {
            return preferred;
        }
        return points[(int) (points.length * StrictMath.pow(random.nextDouble(), 1.3))];
    }

    private static Geography.Point firstAt(Geography.Point[] points, Geography.Place place) {
        for (Geography.Point point : points) {
            if (point.place() == place
                    || (place == Geography.Place.SUPERMARKET && point.place() == Geography.Place.SHOPPING_AREA)) {
                return point;
            }
        }
        return null;
    }

    private static double[][] lsoaWeights() {
        double[][] weights = new double[TYPES.length][];
        for (CrimeType type : TYPES) {
            weights[type.ordinal()] = Geography.cumulativeWeights(false, type.hotspotBoost());
        }
        return weights;
    }
}
