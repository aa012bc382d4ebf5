package org.oversight.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers Oversight believes: single addresses or CIDR ranges,
 * IPv4 or IPv6 ({@code oversight.web.trusted-proxies}). None by default.
 */
public final class TrustedProxies {

    /** IP literals only: never a host name, which would need a DNS look-up. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.:]+");

    private record Range(byte[] network, int prefixLength) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Reads the setting; an entry that is not an address or range is refused, naming it. */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(
                entries == null
                        ? List.of()
                        : entries.stream()
                                .map(String::strip)
                                .filter(entry -> !entry.isEmpty())
                                .map(TrustedProxies::range)
                                .toList());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address (as a request or a forwarding header gives it) is a trusted proxy's. */
    public boolean contains(String address) {
        return address(address)
                .map(InetAddress::getAddress)
                .map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes)))
                .orElse(false);
    }

    /**
     * An IP address as requests and forwarding headers write it: {@code 192.0.2.1},
     * {@code 192.0.2.1:5000}, {@code 2001:db8::1} or {@code [2001:db8::1]:5000}; empty for anything else.
     */
    static Optional<InetAddress> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            literal = literal.substring(1, end);
        } else if (literal.indexOf(':') == literal.lastIndexOf(':') && literal.contains(".")) {
            int port = literal.indexOf(':');
            literal = port < 0 ? literal : literal.substring(0, port);
        }
        if (!(literal.contains(":") ? IPV6 : IPV4).matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String addressPart = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = address(addressPart)
                .orElseThrow(() -> new IllegalArgumentException(
                        "oversight.web.trusted-proxies: '" + entry + "' is not an IP address or a CIDR range"));
        byte[] bytes = address.getAddress();
        int prefixLength = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefixLength = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefixLength = -1;
            }
            if (prefixLength < 0 || prefixLength > bytes.length * 8) {
                throw new IllegalArgumentException("oversight.web.trusted-proxies: '" + entry
                        + "' has a prefix length outside 0 to " + bytes.length * 8);
            }
        }
        return new Range(bytes, prefixLength);
    }
}
