package org.oversight.plan.file;

/**
 * How large a plan file may be, so that no file can exhaust the memory or the time of the
 * application that reads it (ADR 0010). The defaults are many times the largest real plan: the
 * largest example (2021-2025) is 154 KB and 4,693 values; no example nests deeper than 12 levels,
 * has a word longer than 38 characters or a value longer than 2,159.
 *
 * @param maxBytes the file's size
 * @param maxWordLength the longest run of characters without a space or line break: SnakeYAML's
 *     scanner takes time that grows with the square of a word's length (a 4 MB word took 9 s)
 * @param maxTextLength the longest single value (a title, a description)
 * @param maxValues values in the document once every alias is expanded (a document of a few hundred
 *     bytes can otherwise stand for billions of values); reading 90,000 values took 2.6 s and 170 MB
 *     of allocation on a loaded machine, so the limit is ten times the largest example, not more
 * @param maxDepth how deeply values may nest once aliases are expanded
 */
public record PlanFileLimits(int maxBytes, int maxWordLength, int maxTextLength, int maxValues, int maxDepth) {

    /** What every reader uses: 2 MiB, words of 10,000 characters, texts of 100,000, 50,000 values, depth 30. */
    public static final PlanFileLimits DEFAULT = new PlanFileLimits(2 * 1024 * 1024, 10_000, 100_000, 50_000, 30);
}
