package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Stopping the server lets an in-flight request finish. */
class GracefulShutdownTest {

    @Test
    void inFlightRequest_completesDuringStop() throws Exception {
        IdempotencyApiTest.GateCalendar calendar = new IdempotencyApiTest.GateCalendar();
        TestServer ts = new TestServer(UnaryOperator.identity(), calendar, 1000);
        CountDownLatch release = new CountDownLatch(1);
        calendar.gate.set(release);
        CompletableFuture<Http.Resp> inFlight = CompletableFuture.supplyAsync(() -> ts.demo.post("/v1/appointments",
                j("{'service':'haircut','staff':'maria','start':'2026-06-17T10:00','customer':{'name':'Anna',"
                        + "'phone':'+491512345678'}}")));
        assertThat(calendar.entered.await(10, TimeUnit.SECONDS)).isTrue();

        // when the server is stopped while the request runs
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(ts::close);
        Thread.sleep(300);
        release.countDown();

        // then the request still gets its answer, and the stop completes
        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        stopping.get(15, TimeUnit.SECONDS);
    }
}
