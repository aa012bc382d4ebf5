package org.oversight.performance.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.performance.PerformanceApi;
import org.oversight.policedata.Area;

/**
 * A request named an area that does not exist (names match exactly, case included): answered with
 * 404 and the areas there are, never with a table of zeros.
 */
final class UnknownArea extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient List<Area> known;

    UnknownArea(String name, List<Area> known) {
        super(message(name, known));
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The area {@code name} names exactly; blank or the force's slug is the whole force. */
    static Area resolve(PerformanceApi performance, String name) {
        return performance.findArea(name).orElseThrow(() -> new UnknownArea(name, performance.areas()));
    }

    String name() {
        return name;
    }

    List<Area> known() {
        return known;
    }

    /** The names a request may give, the force's slug first. */
    List<String> knownNames() {
        return known.stream().map(Area::name).toList();
    }

    /** The known area the name differs from only in case, if any (“swindon” for “Swindon”). */
    Optional<String> suggestion() {
        return suggestion(name, known);
    }

    private static Optional<String> suggestion(String name, List<Area> known) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return known.stream()
                .map(Area::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static String message(String name, List<Area> known) {
        StringBuilder text =
                new StringBuilder("There is no area called '").append(name).append("'.");
        suggestion(name, known).ifPresent(s -> text.append(" Did you mean '")
                .append(s)
                .append("'? Area names are matched exactly, capitals included."));
        text.append(" Known areas: ")
                .append(String.join(
                        ", ",
                        known.stream()
                                .map(a -> a.kind() == Area.Kind.FORCE
                                        ? a.name() + " (the whole force area)"
                                        : a.kind() == Area.Kind.AREA_SET ? a.name() + " (area set)" : a.name())
                                .toList()))
                .append('.');
        return text.toString();
    }
}
