package org.oversight.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as content, the one source every format is rendered from: a title page (title,
 * subtitle, publisher), sections, and the datasets behind its figures. Stored as canonical JSON.
 *
 * @param subtitle e.g. "Strategic Policing and Crime Board, 2 December 2014"; may be null
 * @param publisher who issues it, e.g. "Office of the Police and Crime Commissioner"; may be null
 * @param language the BCP 47 tag of its language, {@code en-GB} when not given
 */
public record Document(
        String title,
        String subtitle,
        String publisher,
        String language,
        List<Section> sections,
        List<Dataset> datasets) {

    public static final String ENGLISH = "en-GB";

    public Document {
        Objects.requireNonNull(title, "title");
        language = language == null || language.isBlank() ? ENGLISH : language;
        sections = sections == null ? List.of() : List.copyOf(sections);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    public Document(String title, String subtitle, String publisher, List<Section> sections) {
        this(title, subtitle, publisher, ENGLISH, sections, List.of());
    }

    public Document withDatasets(List<Dataset> replacement) {
        return new Document(title, subtitle, publisher, language, sections, replacement);
    }

    /** The section (at any depth) with the id. */
    public Optional<Section> section(String sectionId) {
        for (Section section : sections) {
            Optional<Section> found = section.find(sectionId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The document with the blocks of the section {@code sectionId} (at any depth) replaced. */
    public Document withSectionBlocks(String sectionId, List<Block> blocks) {
        return new Document(title, subtitle, publisher, language, replace(sections, sectionId, blocks), datasets);
    }

    private static List<Section> replace(List<Section> sections, String sectionId, List<Block> blocks) {
        return sections.stream()
                .map(section -> section.id().equals(sectionId)
                        ? section.withBlocks(blocks)
                        : section.withSections(replace(section.sections(), sectionId, blocks)))
                .toList();
    }
}
