package org.oversight.policedata.load;

/**
 * A set of 64-bit row fingerprints in open addressing (at most three quarters full), so that finding exact duplicates in a
 * multi-million-row file costs about 11 to 21 bytes a row rather than a boxed {@code Long} each.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 14];
    private int size;
    private boolean containsEmpty;

    /** Adds a value; false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsEmpty;
            containsEmpty = true;
            return added;
        }
        if (size * 4L >= slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        int index = mix(value) & mask;
        while (slots[index] != EMPTY) {
            if (slots[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        slots[index] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != EMPTY) {
                int index = mix(value) & mask;
                while (slots[index] != EMPTY) {
                    index = (index + 1) & mask;
                }
                slots[index] = value;
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
