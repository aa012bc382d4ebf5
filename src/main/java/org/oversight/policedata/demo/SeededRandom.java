package org.oversight.policedata.demo;

import java.time.YearMonth;

/**
 * SplitMix64, written out here rather than borrowed from the JDK so that a seed gives byte-identical
 * files on every Java version: only this class decides how bits become numbers.
 */
final class SeededRandom {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /**
     * A generator for one part of the output (one kind of file in one month), independent of the
     * others, so that each file can be made without replaying the ones before it.
     */
    static SeededRandom forPart(long seed, String part, YearMonth month) {
        long h = mix(seed + GOLDEN_GAMMA);
        h = mix(h ^ part.hashCode());
        h = mix(h ^ (month.getYear() * 12L + month.getMonthValue()));
        return new SeededRandom(h);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); the bias of the multiply-shift method is far below anything visible here. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal, by Box–Muller (one value per call: simple, and fast enough for monthly totals). */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /**
     * A count scattered around its mean like a Poisson count, a little tighter ({@code spread} below
     * one) where the monthly figures should stay inside known ranges.
     */
    int count(double mean, double spread) {
        return (int) Math.max(0, Math.round(mean + spread * StrictMath.sqrt(mean) * gaussian()));
    }

    /** An index drawn from running totals of weights, as made by {@link #cumulative(double...)}. */
    int pick(double[] cumulative) {
        double target = nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    <T> T pick(T[] values, double[] cumulative) {
        return values[pick(cumulative)];
    }

    <T> T any(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Fisher–Yates over the first {@code size} entries. */
    void shuffle(int[] values, int size) {
        for (int i = size - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    static double[] cumulative(double... weights) {
        double[] running = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            running[i] = total;
        }
        return running;
    }
}
