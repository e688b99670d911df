package dev.termin.booking.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends load with the JDK's {@link HttpClient} (HTTP/1.1, asynchronous, a small fixed pool of client threads) in
 * three shapes: an open-loop schedule at a fixed rate, a closed loop of N concurrent clients, and a burst of
 * requests released together; every shape is bounded in time and in requests in flight.
 */
final class LoadClient implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService executor;
    private final HttpClient http;

    /** A client whose responses are handled by {@code threads} threads. */
    LoadClient(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-client-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A request builder with the timeout and, if given, the bearer key set. */
    static HttpRequest.Builder request(java.net.URI uri, String apiKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return b;
    }

    /**
     * Sends {@code perSecond} requests a second for {@code duration} on a fixed schedule, whatever the responses
     * do (at most {@code maxInFlight} open; beyond that sending waits, and the wait counts as latency). Latency is
     * measured from each request's scheduled time, so a stalled server is not hidden (no coordinated omission).
     */
    Outcomes openLoop(Supplier<HttpRequest> next, int expectedStatus, int perSecond, Duration duration,
            int maxInFlight) throws InterruptedException {
        Outcomes out = new Outcomes(expectedStatus);
        Semaphore inFlight = new Semaphore(maxInFlight);
        long interval = 1_000_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        long begin = System.nanoTime() + 20_000_000L;
        for (long i = 0; i < total; i++) {
            long scheduled = begin + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = next.get();
            inFlight.acquire();
            out.sendLag(System.nanoTime() - scheduled);
            send(request, out, scheduled, inFlight::release);
        }
        drain(inFlight, maxInFlight);
        return out;
    }

    /**
     * Keeps {@code concurrency} requests in flight for {@code duration}: each completion lets the next request go.
     * Latency is from send to response.
     */
    Outcomes closedLoop(Supplier<HttpRequest> next, int expectedStatus, int concurrency, Duration duration)
            throws InterruptedException {
        Outcomes out = new Outcomes(expectedStatus);
        Semaphore permits = new Semaphore(concurrency);
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                continue;
            }
            HttpRequest request = next.get();
            send(request, out, System.nanoTime(), permits::release);
        }
        drain(permits, concurrency);
        return out;
    }

    /**
     * Sends all {@code requests} at once: {@code senders} threads wait at a latch, then each fires its share
     * asynchronously, so that all are in flight together. Latency is from each request's send.
     */
    Outcomes burst(List<HttpRequest> requests, int expectedStatus, int senders) throws InterruptedException {
        Outcomes out = new Outcomes(expectedStatus);
        CountDownLatch ready = new CountDownLatch(senders);
        CountDownLatch go = new CountDownLatch(1);
        Semaphore done = new Semaphore(0);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            List<HttpRequest> share = new ArrayList<>();
            for (int i = s; i < requests.size(); i += senders) {
                share.add(requests.get(i));
            }
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (HttpRequest r : share) {
                    send(r, out, System.nanoTime(), done::release);
                }
            }, "bench-burst-" + s);
            t.start();
            threads.add(t);
        }
        ready.await();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (!done.tryAcquire(requests.size(), 60, TimeUnit.SECONDS)) {
            System.err.println("burst: not all responses within 60 s");
        }
        return out;
    }

    /** Sends {@code n} requests at once and waits for them, so that the client has about {@code n} connections. */
    void openConnections(Supplier<HttpRequest> next, int n) throws InterruptedException {
        burst(java.util.stream.Stream.generate(next).limit(n).toList(), 200, 4);
    }

    private void send(HttpRequest request, Outcomes out, long startNanos, Runnable whenDone) {
        http.sendAsync(request, BodyHandlers.ofString()).whenComplete((HttpResponse<String> r, Throwable e) -> {
            long now = System.nanoTime();
            try {
                if (e != null) {
                    out.failure(e, startNanos, now);
                } else {
                    out.response(r.statusCode(), startNanos, now, r.body());
                }
            } finally {
                whenDone.run();
            }
        });
    }

    private static void drain(Semaphore permits, int all) throws InterruptedException {
        if (!permits.tryAcquire(all, 60, TimeUnit.SECONDS)) {
            System.err.println("some requests were still open 60 s after the run");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
