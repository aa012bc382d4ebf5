package org.oversight.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** A run of text inside a paragraph, list item, definition or note: plain, strong, emphasised or a link. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Inline.Strong.class, name = "strong"),
    @JsonSubTypes.Type(value = Inline.Emphasis.class, name = "emphasis"),
    @JsonSubTypes.Type(value = Inline.Link.class, name = "link")
})
public sealed interface Inline {

    /** The words, whatever their style, for plain-text uses (search, audit, comparisons). */
    String text();

    /** The name templates switch on: {@code text}, {@code strong}, {@code emphasis} or {@code link}. */
    @JsonIgnore
    String kind();

    static Inline text(String text) {
        return new Text(text);
    }

    static Inline strong(String text) {
        return new Strong(text);
    }

    static Inline emphasis(String text) {
        return new Emphasis(text);
    }

    static Inline link(String text, String href) {
        return new Link(text, href);
    }

    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /** Words that matter more (HTML {@code strong}, bold in Word). */
    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "strong";
        }
    }

    /** Stressed words (HTML {@code em}, italic in Word). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "emphasis";
        }
    }

    /**
     * A link: {@code https://}, {@code http://} or {@code mailto:} addresses, or {@code #id} for a
     * section of the same document (checked when the document is stored).
     */
    record Link(String text, String href) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }

        @Override
        public String kind() {
            return "link";
        }
    }
}
