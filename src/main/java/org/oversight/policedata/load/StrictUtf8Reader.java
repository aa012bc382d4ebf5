package org.oversight.policedata.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 (dropping a leading byte-order mark) and refuses bytes that are not UTF-8, saying
 * at which byte of the file they stand, which a plain {@code InputStreamReader} cannot say.
 * {@link #lineAndColumn} turns that into a line and column when it is needed.
 */
final class StrictUtf8Reader extends Reader {

    /** Bytes that are not valid UTF-8 text, starting at a 0-based byte offset of the file. */
    static final class MalformedText extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        MalformedText(long offset) {
            super("bytes that are not valid UTF-8 text at byte " + (offset + 1));
            this.offset = offset;
        }
    }

    /** The 1-based line and column (in characters) of a byte offset in a file that is UTF-8 up to it. */
    static long[] lineAndColumn(java.nio.file.Path file, long offset) throws IOException {
        long line = 1;
        java.io.ByteArrayOutputStream lineBytes = new java.io.ByteArrayOutputStream();
        try (InputStream input = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            for (long i = 0; i < offset; i++) {
                int b = input.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                    lineBytes.reset();
                } else if (!(line == 1 && i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) {
                    lineBytes.write(b);
                }
            }
        }
        long column = new String(lineBytes.toByteArray(), StandardCharsets.UTF_8).length() + 1L;
        return new long[] {line, column};
    }

    private final InputStream input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean started;
    /** Bytes the decoder has consumed before the current buffer's position. */
    private long consumed;

    StrictUtf8Reader(InputStream input) {
        this.input = input;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput) {
                bytes.compact();
                int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            consumed += bytes.position() - before;
            if (result.isError()) {
                throw new MalformedText(consumed);
            }
            if (endOfInput) {
                CoderResult flush = decoder.flush(chars);
                if (flush.isError()) {
                    throw new MalformedText(consumed);
                }
                if (chars.position() == 0) {
                    chars.flip();
                    return false;
                }
            }
        }
        chars.flip();
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
