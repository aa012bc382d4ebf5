package org.oversight.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting one person's mistakes (or an attacker's) lock out
 * others. Failed sign-ins are counted, within the lockout period, three ways: for a user name from
 * one address, for a user name from anywhere, and from an address for any user name; each has its
 * own ceiling ({@link SignInProperties}). When one is reached, sign-in for that user name (or from
 * that address) is refused until the period has passed since the last failure. The per-address
 * ceiling is much higher than the others: behind a reverse proxy or an office's shared connection,
 * every user has the same address. Counts are kept in memory (one application instance).
 */
@Component
public class SignInThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;
    /** Longer names than any account may have count as their first characters. */
    private static final int LONGEST_USER_NAME = 100;

    private final Clock clock;
    private final SignInProperties limits;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, SignInProperties limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** A throttle outside Spring (tests, tools). */
    public static SignInThrottle create(Clock clock, SignInProperties limits) {
        return new SignInThrottle(clock, limits);
    }

    /** How long until this user name may try again from this address; zero when it may now. */
    public Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        return longest(
                waitFor(pairKey(username, address), limits.maxFailures(), now),
                waitFor(userKey(username), limits.maxFailuresPerUserName(), now),
                waitFor(addressKey(address), limits.maxFailuresPerAddress(), now));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(entry -> isExpired(entry.getValue(), now));
        }
        record(pairKey(username, address), limits.maxFailures(), now);
        record(userKey(username), limits.maxFailuresPerUserName(), now);
        record(addressKey(address), limits.maxFailuresPerAddress(), now);
    }

    /**
     * Forgets this user name's failures from this address. Its failures from elsewhere stay counted:
     * the right password from one place must not reset someone else's guessing from another.
     */
    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    private Duration waitFor(String key, int ceiling, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < ceiling) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, times.peekLast().plus(limits.lockout()));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private void record(String key, int ceiling, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > ceiling) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(limits.lockout()).isBefore(now)) {
            times.removeFirst();
        }
    }

    private boolean isExpired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().plus(limits.lockout()).isBefore(now);
        }
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    private static String userName(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_USER_NAME ? name.substring(0, LONGEST_USER_NAME) : name;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }

    private static String pairKey(String username, String address) {
        return "pair:" + address(address) + " " + userName(username);
    }

    private static String userKey(String username) {
        return "user:" + userName(username);
    }

    private static String addressKey(String address) {
        return "address:" + address(address);
    }
}
