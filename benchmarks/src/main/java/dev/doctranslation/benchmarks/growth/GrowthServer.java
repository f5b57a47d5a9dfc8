package dev.doctranslation.benchmarks.growth;

import dev.doctranslation.mock.MockServer;
import dev.doctranslation.mock.Operations;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * Benchmark 8's server: the in-process mock with {@code --operations N} operations in its store,
 * arranged through {@code mock.operations().arrange(..)} (the in-process API; nothing is added to
 * the mock for this), then serving until the process is stopped.
 * <pre>
 * java -Xmx2g -cp benchmarks.jar dev.doctranslation.benchmarks.growth.GrowthServer \
 *   --operations 1000000 --key KEY --ids ids.txt --ready ready.json [--sample 10000]
 * </pre>
 * Every operation is {@code Running} (10 documents, the default counts) except an evenly spread
 * sample of {@code --sample} (all of them when the store is smaller), arranged {@code Cancelling}:
 * the ids {@code wrk/growth.lua} requests, at random. So a GET always answers 200 and a DELETE
 * always 400 (a cancel of a cancelling operation), whatever the store's size and however often an
 * id comes up; both look the operation up and read its state, which is what growth could slow.
 * Writes {@code --ids} (one a line), then {@code --ready}: one JSON object with the port, the
 * operations, the seconds it took to arrange them and the heap in use after a full collection,
 * with the mock started and empty, and with the store full (the store's own share is the difference).
 *
 * <p>The store's retention, to measure it: {@code --retention PT1H} and {@code --max-operations N}
 * start the mock with them (both off without), and {@code --churn M} then adds M operations
 * arranged Succeeded, after the store is full and before {@code --ready}, timing the adds (the
 * thread's CPU too) and taking the heap after them. With {@code --max-operations} at the store's
 * size, every one of those adds forgets the Succeeded operation added before it (the store's own
 * Running and Cancelling operations are never forgotten), so the store and the heap stay put;
 * without it, they grow by M. The GET and DELETE ids are the store's Cancelling sample either way.
 */
public final class GrowthServer {
    private GrowthServer() {}

    public static void main(String[] args) throws Exception {
        int operations = 0;
        int sample = 10_000;
        int churn = 0;
        Duration retention = null;
        int maxOperations = 0;
        String key = null;
        Path ids = null;
        Path ready = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--operations" -> operations = Integer.parseInt(args[i + 1]);
                case "--sample" -> sample = Integer.parseInt(args[i + 1]);
                case "--key" -> key = args[i + 1];
                case "--ids" -> ids = Path.of(args[i + 1]);
                case "--ready" -> ready = Path.of(args[i + 1]);
                case "--churn" -> churn = Integer.parseInt(args[i + 1]);
                case "--retention" -> retention = Duration.parse(args[i + 1]);
                case "--max-operations" -> maxOperations = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --operations, --sample, --key, --ids, --ready, --churn, --retention or --max-operations");
            }
        }
        if (operations <= 0 || key == null || ids == null || ready == null) {
            throw new IllegalArgumentException("--operations N (> 0), --key, --ids and --ready are required");
        }
        MockServer.Builder builder = MockServer.builder().key(key);
        if (retention != null) {
            builder.retention(retention);
        }
        if (maxOperations > 0) {
            builder.maxOperations(maxOperations);
        }
        MockServer mock = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "growth-server-stop"));
        // After the start, so the per-operation figure is the store's alone, not Jersey's and Grizzly's.
        long heapBefore = heapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        arrange(mock.operations(), operations, Math.min(sample, operations), ids);
        double arrangeSeconds = (System.nanoTime() - started) / 1e9;
        double arrangeCpuNs = (threads.getCurrentThreadCpuTime() - cpuStarted) / (double) operations;
        long heapAfter = heapAfterGc();
        String json = String.format(Locale.ROOT, "{\"port\": %d, \"operations\": %d, \"arrange_seconds\": %.2f,"
                        + " \"arrange_cpu_ns_per_operation\": %.0f,"
                        + " \"heap_used_before_bytes\": %d, \"heap_used_after_bytes\": %d, \"heap_max_bytes\": %d,"
                        + " \"store_bytes_per_operation\": %.1f, \"retention\": %s, \"max_operations\": %d%s}",
                mock.port(), operations, arrangeSeconds, arrangeCpuNs, heapBefore, heapAfter,
                Runtime.getRuntime().maxMemory(), (heapAfter - heapBefore) / (double) operations,
                retention == null ? "null" : "\"" + retention + "\"", maxOperations,
                churn > 0 ? churn(mock.operations(), churn, threads) : "");
        Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
        Files.writeString(partial, json + "\n");
        Files.move(partial, ready, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("READY " + json);
        new CountDownLatch(1).await();
    }

    private static void arrange(Operations store, int operations, int sample, Path ids) throws IOException {
        int stride = operations / sample;
        try (Writer out = Files.newBufferedWriter(ids, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < operations; i++) {
                if (i % stride == 0 && i / stride < sample) {
                    out.write(store.arrange("Cancelling").toString());
                    out.write('\n');
                } else {
                    store.arrange("Running");
                }
            }
        }
    }

    /**
     * Adds {@code count} Succeeded operations, timed: the JSON members that follow the others,
     * with whether the first of them is forgotten by the end (so the retention did work).
     */
    private static String churn(Operations store, int count, ThreadMXBean threads) {
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        UUID first = store.arrange("Succeeded");
        for (int i = 1; i < count; i++) {
            store.arrange("Succeeded");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuNs = (threads.getCurrentThreadCpuTime() - cpuStarted) / (double) count;
        boolean forgotten = store.status(first).isEmpty();
        return String.format(Locale.ROOT, ", \"churn_operations\": %d, \"churn_seconds\": %.2f,"
                        + " \"churn_cpu_ns_per_operation\": %.0f, \"churn_first_forgotten\": %b,"
                        + " \"heap_used_after_churn_bytes\": %d",
                count, seconds, cpuNs, forgotten, heapAfterGc());
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
