package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 100 callers race for one slot through HTTP: exactly one gets it. */
class ConcurrencyTest {

    @Test
    void hundredConcurrentHoldsOnOneSlot_oneWins_ninetyNineGet409() throws Exception {
        try (TestServer ts = new TestServer()) {
            ExecutorService pool = Executors.newFixedThreadPool(100);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String owner = "caller-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return ts.demo.post("/v1/holds", j("{'service':'haircut','staff':'maria','start':"
                            + "'2026-06-17T10:00','owner':'" + owner + "'}")).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();

            Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            assertThat(counts).containsEntry(201, 1L).containsEntry(409, 99L);
        }
    }
}
