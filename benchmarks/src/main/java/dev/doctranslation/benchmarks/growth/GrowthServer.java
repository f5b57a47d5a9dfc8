package dev.doctranslation.benchmarks.growth;

import dev.doctranslation.mock.MockServer;
import dev.doctranslation.mock.Operations;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 */
public final class GrowthServer {
    private GrowthServer() {}

    public static void main(String[] args) throws Exception {
        int operations = 0;
        int sample = 10_000;
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
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --operations, --sample, --key, --ids or --ready");
            }
        }
        if (operations <= 0 || key == null || ids == null || ready == null) {
            throw new IllegalArgumentException("--operations N (> 0), --key, --ids and --ready are required");
        }
        MockServer mock = MockServer.builder().key(key).start();
        Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "growth-server-stop"));
        // After the start, so the per-operation figure is the store's alone, not Jersey's and Grizzly's.
        long heapBefore = heapAfterGc();
        long started = System.nanoTime();
        arrange(mock.operations(), operations, Math.min(sample, operations), ids);
        double arrangeSeconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = heapAfterGc();
        String json = String.format(Locale.ROOT, "{\"port\": %d, \"operations\": %d, \"arrange_seconds\": %.2f,"
                        + " \"heap_used_before_bytes\": %d, \"heap_used_after_bytes\": %d, \"heap_max_bytes\": %d,"
                        + " \"store_bytes_per_operation\": %.1f}",
                mock.port(), operations, arrangeSeconds, heapBefore, heapAfter,
                Runtime.getRuntime().maxMemory(), (heapAfter - heapBefore) / (double) operations);
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

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
