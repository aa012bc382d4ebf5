package org.oversight.board.prompt;

/** Where a scrutiny prompt stands. */
public enum PromptState {
    PROPOSED("Proposed", "blue"),
    ADOPTED("Adopted", "green"),
    DISMISSED("Dismissed", "grey");

    private final String words;
    private final String colour;

    PromptState(String words, String colour) {
        this.words = words;
        this.colour = colour;
    }

    public String words() {
        return words;
    }

    public String colour() {
        return colour;
    }
}
