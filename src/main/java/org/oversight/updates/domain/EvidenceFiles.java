package org.oversight.updates.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.oversight.updates.EvidenceAttached;
import org.oversight.updates.EvidenceRemoved;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files on an update: checked (size, count, type against content), stored, listed, removed. */
@Service
public class EvidenceFiles {

    private final Cycles cycles;
    private final EvidenceRepository evidence;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long maxBytes;
    private final int maxFiles;

    EvidenceFiles(
            Cycles cycles,
            EvidenceRepository evidence,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${oversight.updates.evidence.max-bytes:10485760}") long maxBytes,
            @Value("${oversight.updates.evidence.max-files:10}") int maxFiles) {
        this.cycles = cycles;
        this.evidence = evidence;
        this.clock = clock;
        this.events = events;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    @PreAuthorize("@leadScope.mayWrite(#itemId)")
    @Transactional
    public Evidence attach(long itemId, String originalName, byte[] content, String by) {
        CycleItem item = cycles.item(itemId);
        requireWritable(item);
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("file: choose a file to attach (the file chosen is empty)");
        }
        if (content.length > maxBytes) {
            throw new IllegalArgumentException("file: " + name + " is larger than " + (maxBytes / (1024 * 1024))
                    + " MB, the most an evidence file may be");
        }
        EvidenceType type = EvidenceType.forName(name)
                .orElseThrow(() -> new IllegalArgumentException("file: " + name
                        + " is not a kind of file evidence may be: use " + EvidenceType.allowedExtensions()));
        if (!type.matches(content)) {
            throw new IllegalArgumentException(
                    "file: " + name + " does not contain what its name says (" + type.contentType() + ")");
        }
        if (evidence.countByItemId(itemId) >= maxFiles) {
            throw new IllegalArgumentException("file: an update may carry at most " + maxFiles + " files");
        }
        String sha256 = sha256(content);
        Evidence saved = evidence.save(new Evidence(
                null, itemId, name, type.contentType(), content.length, sha256, content, by, clock.instant()));
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(
                new EvidenceAttached(cycle.planKey(), cycle.name(), item.commitmentRef(), by, name, sha256));
        return saved;
    }

    @PreAuthorize("@leadScope.mayWrite(#itemId)")
    @Transactional
    public void remove(long itemId, long evidenceId, String by) {
        CycleItem item = cycles.item(itemId);
        requireWritable(item);
        Evidence file = evidence.findById(evidenceId)
                .filter(found -> found.itemId().equals(itemId))
                .orElseThrow(() -> new IllegalArgumentException("there is no such file on this update"));
        evidence.delete(file);
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(
                new EvidenceRemoved(cycle.planKey(), cycle.name(), item.commitmentRef(), by, file.fileName()));
    }

    /** The files of an update, without their content. */
    @Transactional(readOnly = true)
    public List<Evidence> list(long itemId) {
        return evidence.listByItem(itemId);
    }

    /** One file with its content, if it belongs to the item. */
    @Transactional(readOnly = true)
    public Optional<Evidence> file(long itemId, long evidenceId) {
        return evidence.findById(evidenceId).filter(found -> found.itemId().equals(itemId));
    }

    private static void requireWritable(CycleItem item) {
        if (item.requirement() != Requirement.DUE || !item.workflow().leadMayWrite()) {
            throw new UpdateWork.StepRefused(
                    "The update on " + item.commitmentRef() + " cannot be changed now, so its files cannot either.");
        }
    }

    /** The file's own name without any folder, control or quoting characters, at most 200 characters. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("file: choose a file to attach");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
