package org.oversight.policedata.load;

/**
 * The formats data.police.uk publishes its formatted fields in. Checked for every row of files of up
 * to a gigabyte, so by hand, without regular expressions or allocation.
 */
final class ValueFormats {

    private ValueFormats() {}

    /** A bounding box around England and Wales (the Isles of Scilly to Lowestoft, Lizard Point to Berwick). */
    static final double WEST = -6.5;

    static final double EAST = 1.8;
    static final double SOUTH = 49.8;
    static final double NORTH = 55.9;

    /**
     * A decimal number as data.police.uk writes coordinates ({@code -1.849790}): an optional minus
     * sign, 1 to 3 digits, optionally a point and more digits, within {@code -limit..limit}; NaN when
     * the value is not one.
     */
    static double coordinate(String value, int limit) {
        int n = value.length();
        int i = 0;
        boolean negative = false;
        if (i < n && value.charAt(i) == '-') {
            negative = true;
            i++;
        }
        int integerStart = i;
        double number = 0;
        while (i < n && isDigit(value.charAt(i))) {
            number = number * 10 + (value.charAt(i) - '0');
            i++;
        }
        int integerDigits = i - integerStart;
        if (integerDigits == 0 || integerDigits > 3) {
            return Double.NaN;
        }
        if (i < n) {
            if (value.charAt(i) != '.' || i == n - 1) {
                return Double.NaN;
            }
            i++;
            double scale = 0.1;
            for (; i < n; i++) {
                char c = value.charAt(i);
                if (!isDigit(c)) {
                    return Double.NaN;
                }
                number += (c - '0') * scale;
                scale /= 10;
            }
        }
        if (number > limit) {
            return Double.NaN;
        }
        return negative ? -number : number;
    }

    /** An LSOA code for England or Wales: E01 or W01 and six digits ({@code E01009417}). */
    static boolean lsoaCode(String value) {
        if (value.length() != 9 || (value.charAt(0) != 'E' && value.charAt(0) != 'W')) {
            return false;
        }
        if (value.charAt(1) != '0' || value.charAt(2) != '1') {
            return false;
        }
        for (int i = 3; i < 9; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean inEnglandAndWales(double longitude, double latitude) {
        return longitude >= WEST && longitude <= EAST && latitude >= SOUTH && latitude <= NORTH;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
