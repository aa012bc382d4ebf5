package org.oversight.policedata.load;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rows in PostgreSQL's binary COPY format: the server stores them without parsing delimiters or
 * quotes, which keeps an import as fast as a bare COPY of the file.
 */
final class BinaryCopyWriter {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in seconds since 1970. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private final DataOutputStream out;

    BinaryCopyWriter(OutputStream out) throws IOException {
        this.out = new DataOutputStream(out);
        this.out.write(SIGNATURE);
        this.out.writeInt(0); // flags
        this.out.writeInt(0); // header extension length
    }

    void startRow(int fields) throws IOException {
        out.writeShort(fields);
    }

    void bigint(long value) throws IOException {
        out.writeInt(8);
        out.writeLong(value);
    }

    void integer(int value) throws IOException {
        out.writeInt(4);
        out.writeInt(value);
    }

    /** Text, or NULL for an empty field (as the file has nothing there). */
    void text(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    void timestamp(Instant instant) throws IOException {
        long micros = (instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000;
        out.writeInt(8);
        out.writeLong(micros);
    }

    void finish() throws IOException {
        out.writeShort(-1);
        out.flush();
    }
}
