package dev.doctranslation.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow-loris style connections to a loopback port: each connects, sends the start of a request and
 * never sends the rest. One selector on one thread watches them all from the moment they are
 * opened, noting when the server closes each and what it sent first, so a thousand cost two file
 * descriptors each (ours and the server's) and one thread. {@link #close()} stops the watch and
 * closes every one still open.
 */
final class Lorises implements AutoCloseable {

    /** What became of one connection. */
    static final class Loris {

        final long connectStartedAt;
        final SocketChannel channel;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        /** {@link System#nanoTime()} when the server closed it; 0 while open. Written by the watching thread. */
        volatile long closedAt;

        Loris(long connectStartedAt, SocketChannel channel) {
            this.connectStartedAt = connectStartedAt;
            this.channel = channel;
        }

        boolean open() {
            return closedAt == 0;
        }

        /** From the start of the connect to the server's close. */
        long heldMillis() {
            return (closedAt - connectStartedAt) / 1_000_000;
        }
    }

    private final Selector selector;
    private final List<Loris> all = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private final AtomicInteger open = new AtomicInteger();
    private final Thread watch = new Thread(this::watch, "lorises");
    private volatile boolean stopped;
    private volatile IOException failure;

    private Lorises(Selector selector) {
        this.selector = selector;
    }

    /** Opens {@code count} connections to {@code port} on loopback, each sending {@code start} only. */
    static Lorises open(int port, int count, byte[] start) throws IOException {
        Lorises lorises = new Lorises(Selector.open());
        try {
            InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            for (int i = 0; i < count; i++) {
                long startedAt = System.nanoTime();
                SocketChannel channel = SocketChannel.open();
                Loris loris = new Loris(startedAt, channel);
                lorises.all.add(loris);
                channel.connect(server);
                channel.write(ByteBuffer.wrap(start));
                channel.configureBlocking(false);
                channel.register(lorises.selector, SelectionKey.OP_READ, loris);
                lorises.open.incrementAndGet();
            }
            lorises.watch.setDaemon(true);
            lorises.watch.start();
            return lorises;
        } catch (IOException | RuntimeException e) {
            lorises.close();
            throw e;
        }
    }

    List<Loris> all() {
        return all;
    }

    /** The earliest connect of all: no timeout of the server can end before this plus its length. */
    long firstConnectStartedAt() {
        return all.get(0).connectStartedAt;
    }

    /** How many were still open at {@code nanoTime}, as far as the watch has seen. */
    int openAt(long nanoTime) {
        return (int) all.stream().filter(loris -> loris.open() || loris.closedAt > nanoTime).count();
    }

    /** Waits until the server has closed every connection, or the deadline passes; answers how many are still open. */
    int awaitClosed(Duration deadline) throws IOException, InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (open.get() > 0 && System.nanoTime() < end && failure == null) {
            Thread.sleep(10);
        }
        if (failure != null) {
            throw failure;
        }
        return open.get();
    }

    private void watch() {
        try {
            while (!stopped && open.get() > 0) {
                selector.select(100);
                readSelected();
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void readSelected() throws IOException {
        for (SelectionKey key : selector.selectedKeys()) {
            Loris loris = (Loris) key.attachment();
            boolean closed;
            try {
                closed = drain(loris);
            } catch (IOException reset) {
                closed = true; // a reset is a close too; what came before it was kept
            }
            if (closed) {
                loris.closedAt = System.nanoTime();
                key.cancel();
                loris.channel.close();
                open.decrementAndGet();
            }
        }
        selector.selectedKeys().clear();
    }

    /** Reads what is there; true at the end of the stream. */
    private boolean drain(Loris loris) throws IOException {
        while (true) {
            buffer.clear();
            int read = loris.channel.read(buffer);
            if (read < 0) {
                return true;
            }
            if (read == 0) {
                return false;
            }
            loris.received.write(buffer.array(), 0, read);
        }
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        selector.wakeup();
        try {
            watch.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Loris loris : all) {
            loris.channel.close();
        }
        selector.close();
    }
}
