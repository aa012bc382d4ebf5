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
 * Decodes UTF-8 (dropping a leading byte-order mark) and refuses bytes that are not UTF-8 with the
 * line and column where they stand, which a plain {@code InputStreamReader} cannot say.
 */
final class StrictUtf8Reader extends Reader {

    /** Bytes that are not valid UTF-8 text, at a 1-based line and column. */
    static final class MalformedText extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;

        MalformedText(long line, int column) {
            super("bytes that are not valid UTF-8 text");
            this.line = line;
            this.column = column;
        }
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
    private long line = 1;
    private int column = 1;

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
        for (int i = offset; i < offset + count; i++) {
            if (target[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
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
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw errorAt();
            }
            if (endOfInput) {
                CoderResult flush = decoder.flush(chars);
                if (flush.isError()) {
                    throw errorAt();
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

    /** The position of the bad bytes: after the characters decoded so far (read or waiting). */
    private MalformedText errorAt() {
        long errorLine = line;
        int errorColumn = column;
        CharBuffer pending = chars.duplicate().flip();
        while (pending.hasRemaining()) {
            if (pending.get() == '\n') {
                errorLine++;
                errorColumn = 1;
            } else {
                errorColumn++;
            }
        }
        return new MalformedText(errorLine, errorColumn);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
