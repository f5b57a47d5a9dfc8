package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * One run of a {@link ConformanceKit}: its checks against one target in each of its service
 * versions, the results kept, and the reports written when the run finishes.
 *
 * <p>Each version is a lane: its checks run one at a time, in catalogue order, since they arrange
 * states on one provider. The lanes run side by side, so the versions' waits (a cancel settling,
 * a pact verified) overlap. A run of one version runs on the caller's thread, as the kit did
 * before it had versions, unless the run is told to split each lane into strands: then each
 * strand takes every n-th check of its version, in catalogue order, on a thread of its own, as
 * versions do side by side (the kit does so for a mock in its own JVM, which a second caller costs
 * nothing). A check that throttles the target ({@link Check#exclusive()}) runs with no other check
 * in flight, since a throttled provider answers 429 to whatever comes next, whichever version
 * asked. When more than one strand runs, the operations they arrange are torn down at the end of
 * the run, not after each check ({@link Teardowns}).
 */
final class CatalogueRun {
    private final Map<ServiceVersion, Lane> lanes = new LinkedHashMap<>();
    private final Optional<Path> reportDir;
    private final Redactor redactor;
    private final String label;
    private final boolean labelled;
    private final Instant started = Instant.now();
    /** How long finishing waits for lanes still running: far more than any check, settling included. */
    private static final java.time.Duration LANE_WAIT = java.time.Duration.ofMinutes(10);
    /** Fair, so a throttling check waiting for the others is not overtaken by the next ones. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final List<CheckResult> results = new ArrayList<>();
    /** The teardowns of arranged operations, kept to the end when there are several lanes. */
    private final Teardowns.Deferred deferred = new Teardowns.Deferred();
    private final java.util.concurrent.atomic.AtomicInteger lanesRunning = new java.util.concurrent.atomic.AtomicInteger();
    private ExecutorService workers;
    private boolean warming;
    /** The strands of every lane together: the threads a started run uses. */
    private final int strandCount;
    private boolean finished;

    /** A run of one target, in its version, with every check of that version. */
    CatalogueRun(Target target, KitSettings settings, Optional<Path> reportDir) {
        this(Map.of(target, Catalogue.forVersion(target.version(), Severity.SHOULD)), settings, reportDir);
    }

    /** As {@link #CatalogueRun(Map, KitSettings, Optional, int)}, one strand per version. */
    CatalogueRun(Map<Target, List<Check>> plan, KitSettings settings, Optional<Path> reportDir) {
        this(plan, settings, reportDir, 1);
    }

    /**
     * A run of each target (one per version, on one endpoint) with its checks.
     *
     * @param plan each target and the checks it runs, in run order
     * @param strandsPerVersion the threads each version's checks are dealt over, 1 or more
     */
    CatalogueRun(Map<Target, List<Check>> plan, KitSettings settings, Optional<Path> reportDir, int strandsPerVersion) {
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("a run needs a target");
        }
        if (strandsPerVersion < 1) {
            throw new IllegalArgumentException("strandsPerVersion must be at least 1, not " + strandsPerVersion);
        }
        int strands = plan.values().stream().mapToInt(checks -> Math.min(strandsPerVersion, Math.max(1, checks.size()))).sum();
        Teardowns teardowns = strands > 1 ? deferred : Teardowns.NOW;
        plan.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().version()))
                .forEach(e -> lanes.put(e.getKey().version(), new Lane(e.getKey(), List.copyOf(e.getValue()),
                        strandsPerVersion, () -> new Runner(e.getKey(), settings, teardowns))));
        this.strandCount = lanes.values().stream().mapToInt(lane -> lane.strands.size()).sum();
        Target first = lanes.values().iterator().next().target;
        this.reportDir = reportDir;
        this.redactor = new Redactor(first.key());
        this.label = first.label();
        this.labelled = VersionLabels.labelled(lanes.keySet());
    }

    /** Whether the run's reports put each check's version before its id. */
    boolean labelled() {
        return labelled;
    }

    /** Every target and check of the run, version by version, in run order. */
    List<Planned> planned() {
        List<Planned> all = new ArrayList<>();
        lanes.values().forEach(lane -> lane.checks.forEach(check -> all.add(new Planned(lane.target, check))));
        return all;
    }

    /** One check of the plan, against one target. */
    record Planned(Target target, Check check) {}

    /** Runs one check against the run's first target; see {@link #run(Target, Check)}. */
    CheckResult run(Check check) {
        return run(lanes.values().iterator().next().target, check);
    }

    /**
     * Runs one check now, on the calling thread. Two checks of one version never overlap, even when
     * a JUnit build runs dynamic tests in parallel; a throttling check overlaps with none.
     */
    CheckResult run(Target target, Check check) {
        Strand strand = lane(target).strandOf(check);
        CheckResult result;
        synchronized (strand) {
            result = gated(check, () -> strand.runner.run(check));
        }
        record(result);
        return result;
    }

    /**
     * Starts every lane, if not yet started: each version's checks run in order on a thread of their
     * own, and the result of each is {@link #result(Target, Check) waited for} or, here, told to
     * {@code eachCheck} as it ends. Tells it from the lanes' threads, one at a time.
     */
    synchronized void start(Consumer<? super CheckResult> eachCheck) {
        if (workers != null) {
            return;
        }
        workers = Executors.newFixedThreadPool(strandCount, r -> {
            Thread t = new Thread(r, "conformance-lane");
            t.setDaemon(true);
            return t;
        });
        warmUpPact();
        lanesRunning.set(strandCount);
        for (Lane lane : lanes.values()) {
            for (Strand strand : lane.strands) {
                workers.execute(() -> {
                    try {
                        runStrand(lane, strand, eachCheck);
                    } finally {
                        if (lanesRunning.decrementAndGet() == 0) {
                            deferred.runAll();
                        }
                    }
                });
            }
        }
        workers.shutdown();
    }

    /** One strand of a version's checks, in order, each told and handed to whoever waits for it. */
    private void runStrand(Lane lane, Strand strand, Consumer<? super CheckResult> eachCheck) {
        for (Check check : strand.checks) {
            CompletableFuture<CheckResult> future = lane.future(check);
            try {
                CheckResult result;
                synchronized (strand) {
                    result = gated(check, () -> strand.runner.run(check));
                }
                record(result);
                synchronized (this) {
                    eachCheck.accept(result);
                }
                future.complete(result);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }
    }

    /**
     * The result of a planned check: run now, on the calling thread, when the run has one version
     * (as the kit always ran); else once its lane has run it, the lanes started if need be.
     */
    CheckResult result(Target target, Check check) throws InterruptedException {
        if (strandCount == 1) {
            return run(target, check);
        }
        start(r -> { });
        try {
            return lane(target).future(check).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs every planned check, telling {@code eachCheck} as each ends, then finishes: one version's
     * checks on the calling thread, several versions' in their lanes, side by side.
     */
    RunReport runAll(Consumer<? super CheckResult> eachCheck) {
        warmUpPact();
        if (strandCount == 1) {
            for (Planned planned : planned()) {
                eachCheck.accept(run(planned.target(), planned.check()));
            }
            return finish();
        }
        start(eachCheck);
        try {
            for (Planned planned : planned()) {
                result(planned.target(), planned.check());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        return finish();
    }

    /**
     * pact-jvm takes seconds to load, and its check runs with nothing else in flight: when the run
     * has it, it is loaded on a thread of its own while the other checks run. Once per run.
     */
    private synchronized void warmUpPact() {
        if (!warming && planned().stream().anyMatch(p -> p.check().id().equals(PactCheck.ID))) {
            warming = true;
            Thread warmUp = new Thread(PactCheck::warmUp, "conformance-pact-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    private CheckResult gated(Check check, java.util.function.Supplier<CheckResult> body) {
        var lock = check.exclusive() ? gate.writeLock() : gate.readLock();
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private synchronized void record(CheckResult result) {
        results.add(result);
        if (finished) {
            // Under parallel execution JUnit closes the stream before its tests end: each late
            // result rewrites the reports, so the last write holds every check.
            report();
        }
    }

    /**
     * Ends the run: waits for the lanes to end, the last of which tears down what they kept (so the
     * next run on the provider does not lose its operations to this one's teardown), writes the
     * reports, if there is a folder for them, and returns the run.
     */
    RunReport finish() {
        ExecutorService started;
        synchronized (this) {
            started = workers;
        }
        if (started != null) {
            awaitLanes(started);
        } else {
            deferred.runAll();
        }
        synchronized (this) {
            finished = true;
            return report();
        }
    }

    /** Waits for every lane's checks and teardowns, as long as the longest check may take and more. */
    private static void awaitLanes(ExecutorService lanes) {
        try {
            if (!lanes.awaitTermination(LANE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                lanes.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lanes.shutdownNow();
        }
    }

    Redactor redactor() {
        return redactor;
    }

    private Lane lane(Target target) {
        Lane lane = lanes.get(target.version());
        if (lane == null) {
            throw new IllegalArgumentException("this run does not check " + target.version());
        }
        return lane;
    }

    /** The results version by version, each version's in catalogue order, whatever order they ended in. */
    private RunReport report() {
        List<String> order = Catalogue.every(Severity.SHOULD).stream().map(Check::id).toList();
        List<CheckResult> sorted = results.stream().sorted(Comparator.comparing(CheckResult::version)
                .thenComparing(r -> order.indexOf(r.check().id()))).toList();
        RunReport report = new RunReport(label, started, Instant.now(), sorted);
        reportDir.ifPresent(dir -> new ReportWriter(redactor).write(report, dir));
        return report;
    }

    /** One version's checks, dealt over its strands, and the results their threads hand over. */
    private static final class Lane {
        final Target target;
        final List<Check> checks;
        final List<Strand> strands = new ArrayList<>();
        private final Map<String, CompletableFuture<CheckResult>> futures = new java.util.concurrent.ConcurrentHashMap<>();

        Lane(Target target, List<Check> checks, int strandsWanted, java.util.function.Supplier<Runner> runners) {
            this.target = target;
            this.checks = checks;
            int count = Math.min(strandsWanted, Math.max(1, checks.size()));
            for (int s = 0; s < count; s++) {
                List<Check> dealt = new ArrayList<>();
                for (int i = s; i < checks.size(); i += count) {
                    dealt.add(checks.get(i));
                }
                strands.add(new Strand(List.copyOf(dealt), runners.get()));
            }
        }

        CompletableFuture<CheckResult> future(Check check) {
            return futures.computeIfAbsent(check.id(), id -> new CompletableFuture<>());
        }

        /** The strand a planned check was dealt to; the first for a check outside the plan. */
        Strand strandOf(Check check) {
            return strands.stream().filter(s -> s.checks.stream().anyMatch(c -> c.id().equals(check.id()))).findFirst()
                    .orElse(strands.get(0));
        }
    }

    /** Checks that run one at a time, in order, through one runner. */
    private record Strand(List<Check> checks, Runner runner) {}
}
