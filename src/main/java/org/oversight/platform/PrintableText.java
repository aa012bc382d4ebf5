package org.oversight.platform;

/**
 * Text made safe to print on a line: control characters, and the characters that end a line, are
 * written as escapes ({@code \n}, {@code \r}, {@code \u001b}), so that nothing a user typed or named
 * (a file name, a zip entry, a value in a file) can start a line of its own that reads like one
 * Oversight wrote, in a log or a command's output, or send instructions to a terminal. Tabs are kept.
 */
public final class PrintableText {

    private PrintableText() {}

    /** The text with every unsafe character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 controls but tab, DEL, C1 controls (with NEL), and the Unicode line and paragraph separators. */
    public static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
