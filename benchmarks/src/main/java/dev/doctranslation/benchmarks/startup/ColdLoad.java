package dev.doctranslation.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first seconds of a server that has answered exactly one request: {@code connections}
 * threads, each on its own keep-alive connection, send the same GET (key included) as fast as the
 * answers come, for {@code seconds}. Counts 200 answers and everything else apart.
 */
final class ColdLoad {
    record Result(int seconds, int connections, long ok, long unexpected) {}

    private ColdLoad() {}

    static Result run(URI url, String keyHeader, String key, int connections, int seconds) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (TinyHttp http = new TinyHttp(url, keyHeader, key)) {
                    long mine = 0;
                    long other = 0;
                    while (System.nanoTime() < deadline) {
                        if (http.get() == 200) {
                            mine++;
                        } else {
                            other++;
                        }
                    }
                    ok.addAndGet(mine);
                    unexpected.addAndGet(other);
                } catch (IOException e) {
                    unexpected.incrementAndGet();
                }
            }, "cold-load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(seconds, connections, ok.get(), unexpected.get());
    }
}
