package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.doctranslation.contract.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run's bookkeeping: results in the order they end, and reports that hold every one of them. */
class CatalogueRunTest {
    @TempDir
    Path reports;

    @Test
    void aCheckThatEndsAfterTheRunFinishedIsAddedToTheReports() {
        // What JUnit's parallel execution does: it closes the stream, which finishes the run,
        // while dynamic tests it forked may still be waiting to run.
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            CatalogueRun run = new CatalogueRun(mock.target(), KitSettings.defaults(), Optional.of(reports));
            List<Check> auth = Catalogue.select(List.of("auth.*"));

            run.run(auth.get(0));
            RunReport atFinish = run.finish();
            run.run(auth.get(1));

            assertThat(atFinish.results()).hasSize(1);
            assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content()
                    .contains("tests=\"2\" failures=\"0\"", "name=\"auth.missing-key\"", "name=\"auth.wrong-key\"");
        }
    }

    @Test
    void oneVersionDealtOverTwoStrandsRunsEveryCheckOnceOnTwoThreadsAndAThrottlingOneAlone() throws Exception {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        Map<String, Integer> runs = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger besideTheExclusive = new AtomicInteger();
        // The first two checks meet: each waits for the other, which only two threads allow.
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Check> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "test.check-" + i;
            boolean meets = i < 2;
            boolean exclusive = i == 3;
            checks.add(new Check(id, id, Severity.MUST, "", exclusive ? List.of(CheckContext.THROTTLED) : List.of(), ctx -> {
                int now = inFlight.incrementAndGet();
                if (exclusive && now != 1) {
                    besideTheExclusive.incrementAndGet();
                }
                threads.add(Thread.currentThread().getId());
                runs.merge(id, 1, Integer::sum);
                if (meets) {
                    bothStarted.countDown();
                    bothStarted.await(10, TimeUnit.SECONDS);
                }
                Thread.sleep(exclusive ? 100 : 20);
                inFlight.decrementAndGet();
            }));
        }
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            CatalogueRun run = new CatalogueRun(Map.of(mock.target(), checks), KitSettings.defaults(), Optional.of(reports), 2);

            RunReport report = run.runAll(r -> { });

            assertThat(bothStarted.getCount()).isZero();
            assertThat(threads).hasSize(2);
            assertThat(runs).hasSize(6).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(besideTheExclusive).hasValue(0);
            assertThat(report.results()).extracting(r -> r.check().id())
                    .containsExactlyInAnyOrderElementsOf(checks.stream().map(Check::id).toList());
            assertThat(report.results()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.PASSED));
        }
    }
}
