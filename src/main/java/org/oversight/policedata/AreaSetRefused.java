package org.oversight.policedata;

import java.util.List;

/** An area set file was refused as a whole; nothing was stored. Every problem names its line. */
public class AreaSetRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public AreaSetRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
