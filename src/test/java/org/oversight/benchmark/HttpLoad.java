package org.oversight.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator: {@code clients} threads, each with one keep-alive
 * connection, send GET requests one after another for a duration and record every response's
 * latency (from writing the request to reading the last byte of the body). Raw sockets keep the
 * generator's own work small, since it shares the machine with the server. Every response must be
 * 200 with the same body length as the first, or the run fails.
 */
final class HttpLoad {

    /** What a run measured. */
    record Result(long requests, double seconds, double p50, double p95, double p99, double max, long bytes) {

        double perSecond() {
            return requests / seconds;
        }

        String words() {
            return String.format(
                    Locale.UK,
                    "%,d requests in %.1f s: %,.0f requests/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (%,d bytes a response)",
                    requests,
                    seconds,
                    perSecond(),
                    p50,
                    p95,
                    p99,
                    max,
                    requests == 0 ? 0 : bytes / requests);
        }
    }

    private HttpLoad() {}

    static Result run(String host, int port, String path, int clients, double seconds) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong bytes = new AtomicLong();
        AtomicLong expectedLength = new AtomicLong(-1);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/html\r\n"
                        + "User-Agent: oversight-benchmark\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        long[] mine = new long[1 << 16];
                        int n = 0;
                        Connection connection = null;
                        try {
                            connection = new Connection(host, port);
                            ready.countDown();
                            go.await();
                            long end = window[1];
                            while (System.nanoTime() < end) {
                                long start = System.nanoTime();
                                long length = connection.get(request);
                                long took = System.nanoTime() - start;
                                if (length < 0) {
                                    // The server closes a keep-alive connection after so many requests: open another.
                                    connection.close();
                                    connection = new Connection(host, port);
                                    length = -length - 1;
                                }
                                if (!expectedLength.compareAndSet(-1, length) && expectedLength.get() != length) {
                                    throw new IllegalStateException(
                                            "a response of " + length + " bytes, not " + expectedLength.get());
                                }
                                bytes.addAndGet(length);
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = took;
                            }
                        } catch (Exception e) {
                            failures.add(e);
                            ready.countDown();
                        } finally {
                            if (connection != null) {
                                connection.close();
                            }
                        }
                        latencies[client] = mine;
                        counts[client] = n;
                    },
                    "load-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("load failed: " + failures.get(0), failures.get(0));
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(
                total,
                elapsed,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                total == 0 ? 0 : all[total - 1] / 1e6,
                bytes.get());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One keep-alive connection. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        /** The body's length, or {@code -length - 1} when the server closes the connection after it. */
        long get(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            return readResponse(in);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** Reads one response with a Content-Length body; returns the body's length (negative, less one, on close). 200 only. */
    private static long readResponse(InputStream in) throws IOException {
        boolean close = false;
        String status = line(in);
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException("answered '" + status + "'");
        }
        long length = -1;
        String header;
        while (!(header = line(in)).isEmpty()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(header.substring(colon + 1).trim());
            }
            if (colon > 0
                    && header.substring(0, colon).equalsIgnoreCase("Connection")
                    && header.substring(colon + 1).trim().equalsIgnoreCase("close")) {
                close = true;
            }
        }
        if (length < 0) {
            throw new IllegalStateException("a response without Content-Length");
        }
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return close ? -length - 1 : length;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
