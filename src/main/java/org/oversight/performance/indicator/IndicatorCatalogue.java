package org.oversight.performance.indicator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.oversight.performance.IndicatorChanged;
import org.oversight.performance.IndicatorDefined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators analysts define, stored and versioned: reading the current definitions (kept in
 * memory until one changes), defining and changing them (each change a new version, with an audited
 * event), and importing and exporting them as indicator files. Every definition is checked first;
 * one with problems changes nothing.
 */
@Service
public class IndicatorCatalogue {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCatalogue.class);

    private final IndicatorStore store;
    private final IndicatorRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Cached cached;

    IndicatorCatalogue(IndicatorStore store, IndicatorRules rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** What a save did: made the first version, a new version, or nothing (the definition was the same). */
    public enum Outcome {
        DEFINED,
        CHANGED,
        UNCHANGED
    }

    /** An indicator saved (or left as it was), as it now stands. */
    public record Saved(Indicator indicator, Outcome outcome) {}

    /** An indicator file imported: each indicator in file order with what was done. */
    public record ImportResult(String fileName, List<Saved> indicators) {
        public long count(Outcome outcome) {
            return indicators.stream().filter(s -> s.outcome() == outcome).count();
        }
    }

    private record Cached(long revision, Map<String, Indicator> current) {}

    /** Every indicator's current version by code, in order of code. One indexed read when nothing changed. */
    @Transactional(readOnly = true)
    public Map<String, Indicator> current() {
        long revision = store.revision();
        Cached known = cached;
        if (known == null || known.revision() != revision) {
            Map<String, Indicator> current = new LinkedHashMap<>();
            store.current().forEach(v -> current.put(v.indicator().code(), v.indicator()));
            known = new Cached(revision, java.util.Collections.unmodifiableMap(current));
            cached = known;
        }
        return known.current();
    }

    /** The indicator's current version. */
    @Transactional(readOnly = true)
    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(current().get(code));
    }

    /** Every indicator's current version, in order of name. */
    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return current().values().stream()
                .sorted(Comparator.comparing(Indicator::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Indicator::code))
                .toList();
    }

    /** One version of an indicator, current or earlier. */
    @Transactional(readOnly = true)
    public Optional<IndicatorVersion> version(String code, int version) {
        return store.version(code, version);
    }

    /** Every version of an indicator, oldest first; empty when there is no such indicator. */
    @Transactional(readOnly = true)
    public List<IndicatorVersion> history(String code) {
        return store.versions(code);
    }

    /**
     * A definition read and checked but not saved (version 0), for a preview of its figures. Throws
     * {@link IndicatorRefused} with every problem.
     */
    @Transactional(readOnly = true)
    public Indicator draft(Map<?, ?> definition) {
        List<IndicatorProblem> problems = new ArrayList<>();
        Indicator indicator = IndicatorCodec.fromMap(definition, 0, problems);
        if (indicator != null) {
            problems.addAll(rules.check(indicator, rules.known(ownSeries(List.of(indicator)))));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorRefused(problems);
        }
        return indicator;
    }

    /**
     * Defines an indicator or changes one: a new code is version 1; a changed definition of an existing
     * code is its next version, with the note saying why; the same definition changes nothing. With
     * {@code mustBeNew}, an existing code is refused (a form for a new indicator must not overwrite
     * one). Throws {@link IndicatorRefused} with every problem; nothing is saved then.
     */
    @Transactional
    public Saved define(Map<?, ?> definition, String note, boolean mustBeNew, String by) {
        Indicator indicator = draft(definition);
        if (mustBeNew && current().containsKey(indicator.code())) {
            throw new IndicatorRefused(List.of(new IndicatorProblem(
                    "code", "there is already an indicator '" + indicator.code() + "': change that one instead")));
        }
        return save(indicator, note, by);
    }

    /**
     * Imports an indicator file: all or nothing. Every problem in the file (its form, each definition's
     * shape and values) is reported with its line and field in {@link IndicatorFileRefused}, and then
     * nothing is saved; otherwise each indicator is defined, changed or left as it is.
     */
    @Transactional
    public ImportResult importFile(String fileName, byte[] content, String by) {
        IndicatorFile file = IndicatorFile.read(fileName, content);
        List<Indicator> incoming =
                file.entries().stream().map(IndicatorFile.Entry::indicator).toList();
        IndicatorRules.Known known = rules.known(ownSeries(incoming));
        List<IndicatorFileProblem> problems = new ArrayList<>();
        for (IndicatorFile.Entry entry : file.entries()) {
            rules.check(entry.indicator(), known).forEach(problem -> problems.add(file.problem(entry, problem)));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorFileRefused(IndicatorFile.sorted(problems));
        }
        List<Saved> saved = new ArrayList<>();
        for (IndicatorFile.Entry entry : file.entries()) {
            saved.add(save(entry.indicator(), entry.note(), by));
        }
        log.info(
                "event=indicators_imported file={} defined={} changed={} unchanged={} by={}",
                fileName,
                saved.stream().filter(s -> s.outcome() == Outcome.DEFINED).count(),
                saved.stream().filter(s -> s.outcome() == Outcome.CHANGED).count(),
                saved.stream().filter(s -> s.outcome() == Outcome.UNCHANGED).count(),
                by);
        return new ImportResult(fileName, saved);
    }

    /** Every indicator's current version as an indicator file. */
    @Transactional(readOnly = true)
    public String export() {
        return IndicatorFile.write(
                List.copyOf(current().values()),
                "Oversight indicators (" + IndicatorFile.FORMAT + "), exported " + clock.instant()
                        + ".\nSee docs/indicator-file-format.md; import with ./oversight indicators import FILE.");
    }

    private Saved save(Indicator indicator, String note, String by) {
        Optional<Indicator> existing = Optional.ofNullable(current().get(indicator.code()));
        if (existing.isPresent() && existing.get().sameDefinition(indicator)) {
            return new Saved(existing.get(), Outcome.UNCHANGED);
        }
        Indicator next =
                indicator.withVersion(existing.map(i -> i.version() + 1).orElse(1));
        store.save(next, note, by, clock.instant());
        cached = null;
        String definition = IndicatorFile.write(List.of(next), "version " + next.version());
        if (existing.isEmpty()) {
            events.publishEvent(new IndicatorDefined(next.code(), next.name(), definition, blankToNull(note), by));
        } else {
            events.publishEvent(new IndicatorChanged(
                    next.code(),
                    next.version(),
                    next.name(),
                    IndicatorFile.write(
                            List.of(existing.get()), "version " + existing.get().version()),
                    definition,
                    blankToNull(note),
                    by));
        }
        log.debug("event=indicator_saved code={} version={} by={}", next.code(), next.version(), by);
        return new Saved(next, existing.isEmpty() ? Outcome.DEFINED : Outcome.CHANGED);
    }

    /** The observation indicators that read their own series: stored ones, and these. */
    private Set<String> ownSeries(List<Indicator> also) {
        List<Indicator> all = new ArrayList<>(current().values());
        all.addAll(also);
        return all.stream()
                .filter(i -> i.source() instanceof Indicator.ObservationSeries observed
                        && observed.observationCode().equals(i.code()))
                .map(Indicator::code)
                .collect(Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
