package org.oversight.force;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.force.domain.ForceStore;
import org.oversight.force.domain.KnownForces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The police force this Oversight serves and the office that runs it. */
@Service
public class ForceApi {

    private final ForceStore store;
    private final KnownForces known;
    private final ApplicationEventPublisher events;

    ForceApi(ForceStore store, KnownForces known, ApplicationEventPublisher events) {
        this.store = store;
        this.known = known;
        this.events = events;
    }

    /** The force as set; empty until it is set (on the first start, or by an administrator). */
    @Transactional(readOnly = true)
    public Optional<ForceSettings> current() {
        return store.current();
    }

    /** The force's data.police.uk slug; the empty string until the force is set. */
    @Transactional(readOnly = true)
    public String slug() {
        return store.current().map(ForceSettings::slug).orElse("");
    }

    /** The forces data.police.uk publishes data for, in order of name. */
    public List<KnownForce> knownForces() {
        return known.all();
    }

    /**
     * Sets the force (by its data.police.uk slug; the name defaults to data.police.uk's name for it) and
     * the office's name, confirmed by an administrator (no longer the example). Publishes {@link
     * ForceConfigured} when anything changed. Throws {@link ForceRefused} naming each field at fault.
     */
    @Transactional
    public ForceSettings configure(String slug, String name, String officeName, String by) {
        return set(slug, name, officeName, false, by);
    }

    /** Sets the example force loaded with the example data (marked as such) when none is set yet. */
    @Transactional
    public Optional<ForceSettings> configureExampleIfNone(String slug, String name, String officeName, String by) {
        if (store.current().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(set(slug, name, officeName, true, by));
    }

    private ForceSettings set(String slug, String name, String officeName, boolean example, String by) {
        String cleanSlug = slug == null ? "" : slug.strip();
        String cleanOffice = officeName == null ? "" : officeName.strip();
        Optional<KnownForce> listed = known.find(cleanSlug);
        String cleanName =
                name == null || name.isBlank() ? listed.map(KnownForce::name).orElse("") : name.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (cleanSlug.isEmpty()) {
            problems.put("slug", "Choose the police force");
        } else if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > 80) {
            problems.put(
                    "slug",
                    "The force must be named by its data.police.uk slug: lower-case words joined by '-', such as"
                            + " avon-and-somerset");
        }
        if (cleanName.isEmpty()) {
            problems.put("name", "Enter the force's name");
        } else if (cleanName.length() > 200) {
            problems.put("name", "The force's name must be 200 characters or fewer");
        }
        if (cleanOffice.isEmpty()) {
            problems.put("officeName", "Enter the office's name, as page headers and reports should show it");
        } else if (cleanOffice.length() > 200) {
            problems.put("officeName", "The office's name must be 200 characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new ForceRefused(problems);
        }
        Optional<ForceSettings> before = store.current();
        ForceSettings now = store.save(cleanSlug, cleanName, cleanOffice, example, by);
        boolean changed = before.isEmpty()
                || !before.get().slug().equals(now.slug())
                || !before.get().name().equals(now.name())
                || !before.get().officeName().equals(now.officeName())
                || before.get().example() != now.example();
        if (changed) {
            events.publishEvent(new ForceConfigured(
                    now.slug(),
                    now.name(),
                    now.officeName(),
                    before.map(b -> ForceConfigured.words(b.slug(), b.name(), b.officeName()))
                            .orElse(null),
                    by));
        }
        return now;
    }
}
