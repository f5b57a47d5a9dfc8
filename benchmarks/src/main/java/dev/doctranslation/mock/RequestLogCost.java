package dev.doctranslation.mock;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>{@code --sink slf4j} measures the in-process log instead, the lines going to whichever SLF4J
 * backend is on the class path (this jar's slf4j-nop writes nothing: put another first and choose
 * it, for example slf4j-simple writing to {@code /dev/null}). Three legs alternate: no line, the
 * synchronous log the mock had before ({@link #synchronousSlf4j}, SLF4J called on the request's
 * thread) and the mock's {@link Slf4jRequestLog} (a ring, SLF4J called by its writer thread):
 * <pre>
 * java -Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider -Dorg.slf4j.simpleLogger.logFile=/dev/null \
 *   -cp slf4j-simple.jar:benchmarks/target/benchmarks.jar dev.doctranslation.mock.RequestLogCost --sink slf4j
 * </pre>
 */
public final class RequestLogCost {
    private static final long WORK_TOKENS = 5_000;
    private static final String PATH = "/translator/text/batch/v1.0-preview.1/batches/727bf148-f327-47a0-9481-abae6362f11e";

    private RequestLogCost() {}

    public static void main(String[] args) {
        int seconds = 3;
        int rounds = 5;
        String sink = "text";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--sink" -> sink = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --seconds, --rounds or --sink");
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        switch (sink) {
            case "text" -> text(seconds, rounds, threads, os);
            case "slf4j" -> slf4j(seconds, rounds, threads, os);
            default -> throw new IllegalArgumentException("--sink must be text or slf4j: " + sink);
        }
    }

    /** The standalone's log, with a line and without, alternating. */
    private static void text(int seconds, int rounds, ThreadMXBean threads,
            com.sun.management.OperatingSystemMXBean os) {
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

    /**
     * The in-process log before and after, beside no line, in the same process and rounds: the
     * legs alternate, so a change in the machine's load falls on all three.
     */
    private static void slf4j(int seconds, int rounds, ThreadMXBean threads,
            com.sun.management.OperatingSystemMXBean os) {
        Logger logger = LoggerFactory.getLogger(RequestLog.LOGGER_NAME);
        RequestLog synchronous = synchronousSlf4j(logger);
        try (Slf4jRequestLog ring = Slf4jRequestLog.start(logger)) {
            RequestLog[] legs = {null, synchronous, ring};
            for (RequestLog leg : legs) { // warm-up of every leg, not counted
                run(leg, seconds, threads, os);
            }
            double[][][] figures = new double[legs.length][2][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int leg = 0; leg < legs.length; leg++) {
                    double[] f = run(legs[leg], seconds, threads, os);
                    figures[leg][0][r] = f[0];
                    figures[leg][1][r] = f[1];
                }
            }
            StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                    "RESULT {\"sink\": \"slf4j\", \"backend\": \"%s\", \"info_enabled\": %b, \"rounds\": %d, \"seconds\": %d",
                    LoggerFactory.getILoggerFactory().getClass().getName(), logger.isInfoEnabled(), rounds, seconds));
            String[] measures = {"request_thread_cpu_ns_per_request", "process_cpu_ns_per_request"};
            for (int m = 0; m < measures.length; m++) {
                double without = median(figures[0][m]);
                double sync = median(figures[1][m]);
                double buffered = median(figures[2][m]);
                json.append(String.format(Locale.ROOT, ", \"%s\": {\"without\": %.1f, \"synchronous\": %.1f,"
                                + " \"ring\": %.1f, \"synchronous_log\": %.1f, \"ring_log\": %.1f}",
                        measures[m], without, sync, buffered, sync - without, buffered - without));
            }
            System.out.println(json.append('}'));
        }
    }

    /** The in-process log as the mock had it before the ring: SLF4J called on the request's thread. */
    static RequestLog synchronousSlf4j(Logger log) {
        return (method, path, status, millis) -> {
            if (log.isInfoEnabled()) {
                log.info("{} {} {} {} ms", method, path, status, millis);
            }
        };
    }

    /** {request thread CPU ns per request, process CPU ns per request} over one round. */
    private static double[] run(RequestLog log, boolean logging, int seconds, ThreadMXBean threads,
            com.sun.management.OperatingSystemMXBean os) {
        return run(logging ? log : null, seconds, threads, os);
    }

    /** As above; {@code log} null: no line. */
    private static double[] run(RequestLog log, int seconds, ThreadMXBean threads,
            com.sun.management.OperatingSystemMXBean os) {
        boolean logging = log != null;
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
