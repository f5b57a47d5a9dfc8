package dev.doctranslation.mock;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Diagnostic for benchmark 4: what the standalone jar's request log costs a request on the
 * request's own thread, apart from the HTTP stack around it. One thread does a stand-in for a
 * request's own work ({@link Blackhole#consumeCPU}, some 10 µs, so lines arrive at a rate a server
 * reaches rather than faster than any log could write them), then logs one line, or does not; the
 * two alternate for {@code --rounds} rounds of {@code --seconds} each. Reported: the request
 * thread's CPU time per request with and without the line (from {@link ThreadMXBean}, so neither
 * waits for a core on a busy machine nor the log's own writer thread count there), and the
 * process's, which does count the writer. Lines go to a stream that discards them.
 * <pre>
 * java -cp [other-mock.jar:]benchmarks/target/benchmarks.jar dev.doctranslation.mock.RequestLogCost [--seconds 3] [--rounds 5]
 * </pre>
 * In the mock's package because {@code BufferedRequestLog} is package-private there; a jar put
 * before the benchmarks jar on the class path supplies its own, which is how two builds compare.
 */
public final class RequestLogCost {
    private static final long WORK_TOKENS = 5_000;
    private static final String PATH = "/translator/text/batch/v1.0-preview.1/batches/727bf148-f327-47a0-9481-abae6362f11e";

    private RequestLogCost() {}

    public static void main(String[] args) {
        int seconds = 3;
        int rounds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; expected --seconds or --rounds");
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BufferedRequestLog log = new BufferedRequestLog(new PrintStream(OutputStream.nullOutputStream()), ZoneOffset.UTC,
                BufferedRequestLog.FLUSH_INTERVAL);
        try {
            run(log, true, seconds, threads, os); // warm-up of both paths, not counted
            run(log, false, seconds, threads, os);
            double[][] with = new double[2][rounds];
            double[][] without = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                double[] w = run(log, true, seconds, threads, os);
                double[] n = run(log, false, seconds, threads, os);
                with[0][r] = w[0];
                with[1][r] = w[1];
                without[0][r] = n[0];
                without[1][r] = n[1];
            }
            double threadWith = median(with[0]);
            double threadWithout = median(without[0]);
            double processWith = median(with[1]);
            double processWithout = median(without[1]);
            System.out.println(String.format(Locale.ROOT, "RESULT {\"rounds\": %d, \"seconds\": %d,"
                            + " \"request_thread_cpu_ns_per_request\": {\"with_log\": %.1f, \"without\": %.1f, \"log\": %.1f},"
                            + " \"process_cpu_ns_per_request\": {\"with_log\": %.1f, \"without\": %.1f, \"log\": %.1f}}",
                    rounds, seconds, threadWith, threadWithout, threadWith - threadWithout,
                    processWith, processWithout, processWith - processWithout));
        } finally {
            log.close();
        }
    }

    /** {request thread CPU ns per request, process CPU ns per request} over one round. */
    private static double[] run(BufferedRequestLog log, boolean logging, int seconds, ThreadMXBean threads,
            com.sun.management.OperatingSystemMXBean os) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long threadBefore = threads.getCurrentThreadCpuTime();
        long processBefore = os.getProcessCpuTime();
        long requests = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 100; i++) {
                Blackhole.consumeCPU(WORK_TOKENS);
                if (logging) {
                    log.log("GET", PATH, 200, 1);
                }
            }
            requests += 100;
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - threadBefore) / (double) requests,
            (os.getProcessCpuTime() - processBefore) / (double) requests};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
