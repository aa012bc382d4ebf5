package org.oversight.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a document: a heading, its blocks and its subsections (at most three levels: the
 * headings are HTML h2 to h4 under the title's h1, and Heading 1 to 3 in Word). A {@code narrative}
 * section is written by people (an executive summary, a background): while the snapshot is a draft
 * its blocks can be edited, and rebuilding the draft keeps them. Other sections are built from data.
 *
 * @param id lower-case letters, digits and hyphens, unique in the document; the section's anchor
 */
public record Section(String id, String heading, boolean narrative, List<Block> blocks, List<Section> sections) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A section built from data, with no subsections. */
    public static Section of(String id, String heading, List<Block> blocks) {
        return new Section(id, heading, false, blocks, List.of());
    }

    /** A section people write (editable while the snapshot is a draft). */
    public static Section narrative(String id, String heading, List<Block> blocks) {
        return new Section(id, heading, true, blocks, List.of());
    }

    public Section withBlocks(List<Block> replacement) {
        return new Section(id, heading, narrative, replacement, sections);
    }

    public Section withSections(List<Section> replacement) {
        return new Section(id, heading, narrative, blocks, replacement);
    }

    /** This section or a subsection (at any depth) with the id. */
    public Optional<Section> find(String sectionId) {
        if (id.equals(sectionId)) {
            return Optional.of(this);
        }
        for (Section section : sections) {
            Optional<Section> found = section.find(sectionId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
