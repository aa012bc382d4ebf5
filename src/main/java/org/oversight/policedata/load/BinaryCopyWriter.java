package org.oversight.policedata.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rows in PostgreSQL's binary COPY format, encoded straight into a buffer: the server stores them
 * without parsing delimiters or quotes, and the client does no per-field allocation for ASCII text.
 */
final class BinaryCopyWriter {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in seconds since 1970. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    /** 2000-01-01 in days since 1970-01-01. */
    private static final long POSTGRES_EPOCH_DAY = 10_957L;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 17];
    private int position;

    BinaryCopyWriter(OutputStream out) throws IOException {
        this.out = out;
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        position = SIGNATURE.length;
        putInt(0); // flags
        putInt(0); // header extension length
    }

    void startRow(int fields) throws IOException {
        ensure(2);
        buffer[position++] = (byte) (fields >>> 8);
        buffer[position++] = (byte) fields;
    }

    void bigint(long value) throws IOException {
        ensure(12);
        putInt(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (value >>> shift);
        }
    }

    void integer(int value) throws IOException {
        ensure(8);
        putInt(4);
        putInt(value);
    }

    /** Text, or NULL for an empty field (the file has nothing there). */
    void text(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            ensure(4);
            putInt(-1);
            return;
        }
        int length = value.length();
        if (4 + length > buffer.length) {
            nonAscii(value);
            return;
        }
        ensure(4 + length);
        int lengthAt = position;
        position += 4;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                position = lengthAt;
                nonAscii(value);
                return;
            }
            buffer[position++] = (byte) c;
        }
        int saved = position;
        position = lengthAt;
        putInt(length);
        position = saved;
    }

    private void nonAscii(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(Math.min(buffer.length, 4 + bytes.length));
        putInt(bytes.length);
        if (bytes.length > buffer.length - position) {
            flush();
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void date(java.time.LocalDate date) throws IOException {
        integer((int) (date.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    void timestamp(Instant instant) throws IOException {
        bigint((instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000);
    }

    void finish() throws IOException {
        ensure(2);
        buffer[position++] = (byte) 0xFF;
        buffer[position++] = (byte) 0xFF;
        flush();
        out.flush();
    }

    private void putInt(int value) {
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    /** Makes room for {@code bytes} more (at most the buffer's size), writing out what is buffered. */
    private void ensure(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }
}
