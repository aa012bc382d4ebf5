package org.oversight.plan.file;

/**
 * How large a plan file may be, so that no file can exhaust the memory or the time of the
 * application that reads it (ADR 0010). The defaults are many times the largest real plan: the
 * 2021-2025 example is 154 KB, about 6,000 values, its longest word 34 characters and its longest
 * text under 1,000 characters.
 *
 * @param maxBytes the file's size
 * @param maxWordLength the longest run of characters without a space or line break: SnakeYAML's
 *     scanner takes time that grows with the square of a word's length (a 4 MB word took 9 s)
 * @param maxTextLength the longest single value (a title, a description)
 * @param maxValues values in the document once every alias is expanded (a document of 367 bytes
 *     can otherwise stand for billions of values)
 * @param maxDepth how deeply values may nest once aliases are expanded (a real plan nests about 12)
 */
public record PlanFileLimits(int maxBytes, int maxWordLength, int maxTextLength, int maxValues, int maxDepth) {

    /** What every reader uses: 2 MiB, words of 10,000 characters, texts of 100,000, 100,000 values, depth 30. */
    public static final PlanFileLimits DEFAULT = new PlanFileLimits(2 * 1024 * 1024, 10_000, 100_000, 100_000, 30);
}
