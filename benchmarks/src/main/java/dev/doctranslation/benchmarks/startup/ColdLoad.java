package dev.doctranslation.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first seconds of a server that has answered exactly one request: {@code connections}
 * threads, each on its own keep-alive connection (a new one when the server closes it), send the same
 * GET (key included) as fast as the answers come, for {@code seconds}. Counts 200 answers and
 * everything else (other statuses, connections that broke without {@code Connection: close}) apart.
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
                long mine = 0;
                long other = 0;
                // A new connection whenever the server closes one (as a keep-alive client does), so
                // a server's limit of requests per connection never ends the load early.
                while (System.nanoTime() < deadline) {
                    try (TinyHttp http = new TinyHttp(url, keyHeader, key)) {
                        while (System.nanoTime() < deadline) {
                            if (http.get() == 200) {
                                mine++;
                            } else {
                                other++;
                            }
                            if (http.closing()) {
                                break;
                            }
                        }
                    } catch (IOException e) {
                        other++; // a connection that broke without saying so
                    }
                }
                ok.addAndGet(mine);
                unexpected.addAndGet(other);
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
