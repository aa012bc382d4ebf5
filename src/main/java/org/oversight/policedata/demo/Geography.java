package org.oversight.policedata.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A made-up but plausible map of the West Midlands force area: its seven districts, their small areas
 * (LSOAs) and, in each, the few anonymised map points data.police.uk snaps every record to. The map
 * does not depend on the seed, so LSOA codes, names and points stay the same in every demonstration.
 */
final class Geography {

    /** Where a map point is; data.police.uk names some points by what is there, not by the street. */
    enum Place {
        STREET,
        SUPERMARKET,
        SHOPPING_AREA,
        PARKING_AREA,
        PETROL_STATION,
        NIGHTCLUB,
        OTHER
    }

    record District(
            String name,
            int lsoaCount,
            int firstCode,
            double crimeShare,
            double searchShare,
            double minLatitude,
            double maxLatitude,
            double minLongitude,
            double maxLongitude,
            double centreLatitude,
            double centreLongitude,
            int hotspots) {}

    /** A map point, its coordinates already written as data.police.uk writes them (six decimals). */
    record Point(String longitude, String latitude, String location, Place place) {}

    record Lsoa(String code, String name, int district, boolean hotspot, double weight, Point[] points) {}

    static final List<District> DISTRICTS = List.of(
            new District("Birmingham", 640, 8881, 0.400, 0.48, 52.38, 52.60, -2.03, -1.73, 52.4790, -1.8990, 10),
            new District("Coventry", 195, 9550, 0.120, 0.10, 52.36, 52.46, -1.61, -1.42, 52.4080, -1.5100, 3),
            new District("Dudley", 190, 9750, 0.110, 0.08, 52.42, 52.56, -2.19, -2.03, 52.5120, -2.0810, 3),
            new District("Sandwell", 185, 9950, 0.115, 0.11, 52.47, 52.56, -2.10, -1.93, 52.5180, -1.9950, 3),
            new District("Solihull", 135, 10150, 0.075, 0.05, 52.35, 52.48, -1.83, -1.60, 52.4130, -1.7780, 2),
            new District("Walsall", 165, 10300, 0.095, 0.09, 52.55, 52.65, -2.05, -1.87, 52.5860, -1.9820, 3),
            new District("Wolverhampton", 160, 10470, 0.095, 0.09, 52.55, 52.63, -2.20, -2.05, 52.5860, -2.1280, 3));

    private static final Integer[] MIDDLE_LAYER_SIZES = {3, 4, 5, 6};
    private static final double[] MIDDLE_LAYER_SIZE_WEIGHTS = SeededRandom.cumulative(0.10, 0.30, 0.35, 0.25);

    private static final String[] OTHER_PLACES = {
        "Sports/Recreation Area",
        "Hospital",
        "Further/Higher Educational Building",
        "Bus/Coach Station",
        "Theatre/Concert Hall",
        "Police Station",
        "Conference/Exhibition Centre",
        "Pedestrian Subway"
    };

    /** Every LSOA, in the order of their names, which is the order of rows in a street file. */
    static final Lsoa[] LSOAS = build();

    private static final long LAYOUT_SEED = 0x0A57_2012_0401L;

    private Geography() {}

    /**
     * Running totals of LSOA weights for one kind of record: each district gets its share, and
     * town-centre LSOAs are {@code hotspotBoost} times as busy as their neighbours.
     */
    static double[] cumulativeWeights(boolean forSearches, double hotspotBoost) {
        double[] districtTotals = new double[DISTRICTS.size()];
        double[] weights = new double[LSOAS.length];
        for (int i = 0; i < LSOAS.length; i++) {
            Lsoa lsoa = LSOAS[i];
            weights[i] = lsoa.weight() * (lsoa.hotspot() ? hotspotBoost : 1.0);
            districtTotals[lsoa.district()] += weights[i];
        }
        for (int i = 0; i < LSOAS.length; i++) {
            District district = DISTRICTS.get(LSOAS[i].district());
            double share = forSearches ? district.searchShare() : district.crimeShare();
            weights[i] *= share / districtTotals[LSOAS[i].district()];
        }
        return SeededRandom.cumulative(weights);
    }

    private static Lsoa[] build() {
        SeededRandom random = new SeededRandom(LAYOUT_SEED);
        List<Lsoa> all = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++) {
            all.addAll(district(d, DISTRICTS.get(d), random));
        }
        return all.toArray(new Lsoa[0]);
    }

    private record Centre(double latitude, double longitude, double distance) {}

    private static List<Lsoa> district(int index, District district, SeededRandom random) {
        int count = district.lsoaCount();
        // Centres a little inside the box, so that points around them stay in it.
        double margin = 0.006;
        Centre[] centres = new Centre[count];
        for (int i = 0; i < count; i++) {
            double latitude;
            double longitude;
            if (i < district.hotspots()) {
                latitude = district.centreLatitude() + random.uniform(-0.008, 0.008);
                longitude = district.centreLongitude() + random.uniform(-0.012, 0.012);
            } else {
                latitude = random.uniform(district.minLatitude() + margin, district.maxLatitude() - margin);
                longitude = random.uniform(district.minLongitude() + margin, district.maxLongitude() - margin);
            }
            double distance = StrictMath.hypot(
                    latitude - district.centreLatitude(), 0.6 * (longitude - district.centreLongitude()));
            centres[i] = new Centre(latitude, longitude, distance);
        }
        Centre[] byDistance = centres.clone();
        Arrays.sort(byDistance, Comparator.comparingDouble(Centre::distance));
        double hotspotDistance = byDistance[district.hotspots() - 1].distance();

        // As with real LSOA names, the middle-layer areas are numbered from north to south.
        Arrays.sort(centres, Comparator.comparingDouble(Centre::latitude).reversed());
        int[] codes = new int[count];
        for (int i = 0; i < count; i++) {
            codes[i] = district.firstCode() + i;
        }
        random.shuffle(codes, count);

        List<Lsoa> lsoas = new ArrayList<>(count);
        int middleLayer = 0;
        int inMiddleLayer = 0;
        int middleLayerSize = 0;
        for (int i = 0; i < count; i++) {
            if (inMiddleLayer == middleLayerSize) {
                middleLayer++;
                inMiddleLayer = 0;
                middleLayerSize = random.pick(MIDDLE_LAYER_SIZES, MIDDLE_LAYER_SIZE_WEIGHTS);
            }
            char letter = (char) ('A' + inMiddleLayer);
            inMiddleLayer++;
            Centre centre = centres[i];
            boolean hotspot = centre.distance() <= hotspotDistance;
            String name = String.format(Locale.ROOT, "%s %03d%c", district.name(), middleLayer, letter);
            String code = String.format(Locale.ROOT, "E01%06d", codes[i]);
            double weight = StrictMath.exp(0.5 * random.gaussian());
            lsoas.add(new Lsoa(code, name, index, hotspot, weight, points(centre, hotspot, random)));
        }
        return lsoas;
    }

    private static Point[] points(Centre centre, boolean hotspot, SeededRandom random) {
        List<Point> points = new ArrayList<>();
        if (hotspot) {
            points.add(point(centre, "Shopping Area", Place.SHOPPING_AREA, random));
            points.add(point(centre, "Supermarket", Place.SUPERMARKET, random));
            points.add(point(centre, "Nightclub", Place.NIGHTCLUB, random));
            points.add(point(centre, "Parking Area", Place.PARKING_AREA, random));
        } else {
            if (random.chance(0.25)) {
                points.add(point(centre, "Supermarket", Place.SUPERMARKET, random));
            }
            if (random.chance(0.20)) {
                points.add(point(centre, "Parking Area", Place.PARKING_AREA, random));
            }
            if (random.chance(0.08)) {
                points.add(point(centre, "Petrol Station", Place.PETROL_STATION, random));
            }
            if (random.chance(0.10)) {
                points.add(point(centre, random.any(OTHER_PLACES), Place.OTHER, random));
            }
        }
        int streets = hotspot ? random.between(12, 18) : random.between(4, 11);
        for (int i = 0; i < streets; i++) {
            points.add(point(centre, StreetNames.any(random), Place.STREET, random));
        }
        // Rows favour the front of the list; shuffle so that shops are not always the busiest point.
        for (int i = points.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            points.set(i, points.set(j, points.get(i)));
        }
        return points.toArray(new Point[0]);
    }

    private static Point point(Centre centre, String place, Place kind, SeededRandom random) {
        double latitude = centre.latitude() + random.uniform(-0.0045, 0.0045);
        double longitude = centre.longitude() + random.uniform(-0.007, 0.007);
        return new Point(sixDecimals(longitude), sixDecimals(latitude), "On or near " + place, kind);
    }

    /** Exactly six decimals, trailing zeros kept, as in the published files ({@code -1.849790}). */
    static String sixDecimals(double degrees) {
        long micro = Math.round(degrees * 1_000_000);
        StringBuilder text = new StringBuilder(11);
        if (micro < 0) {
            text.append('-');
            micro = -micro;
        }
        text.append(micro / 1_000_000).append('.');
        String fraction = Long.toString(micro % 1_000_000);
        text.append("000000", 0, 6 - fraction.length()).append(fraction);
        return text.toString();
    }
}
