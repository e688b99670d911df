package dev.termin.booking.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The requests of the load test: availability of the demo salon for one day (varying date and staff), direct
 * bookings and holds on the {@link BenchTenant}, and the unauthenticated health check.
 */
final class Requests {

    private static final String[] DEMO_STAFF = {"maria", "emma", "jonas", null};

    private final URI base;
    private final List<LocalDate> openDays = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(42);

    /** Requests against the server at {@code base}; availability dates are the salon's open days after {@code today}. */
    Requests(URI base, LocalDate today) {
        this.base = base;
        for (LocalDate d = today.plusDays(1); d.isBefore(today.plusDays(61)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                openDays.add(d);
            }
        }
    }

    /** {@code GET /v1/availability} of a haircut on a random open day, for one staff member or anybody. */
    HttpRequest availability() {
        LocalDate day = openDays.get(random.nextInt(openDays.size()));
        String staff = DEMO_STAFF[random.nextInt(DEMO_STAFF.length)];
        String query = "service=haircut&date=" + day + (staff == null ? "" : "&staff=" + staff);
        return LoadClient.request(base.resolve("/v1/availability?" + query), BenchServer.DEMO_KEY).GET().build();
    }

    /** {@code POST /v1/appointments} for {@code slot} of the bench tenant. */
    HttpRequest book(BenchTenant.Slot slot) {
        String body = "{\"service\":\"" + BenchTenant.SERVICE + "\",\"staff\":\"" + slot.staff() + "\",\"start\":\""
                + slot.start() + "\",\"customer\":{\"name\":\"Load Test\",\"phone\":\"0151 2345678\"}}";
        return post("/v1/appointments", body);
    }

    /** {@code POST /v1/holds} for {@code slot} of the bench tenant, held for {@code owner}. */
    HttpRequest hold(BenchTenant.Slot slot, String owner) {
        String body = "{\"service\":\"" + BenchTenant.SERVICE + "\",\"staff\":\"" + slot.staff() + "\",\"start\":\""
                + slot.start() + "\",\"owner\":\"" + owner + "\"}";
        return post("/v1/holds", body);
    }

    /** {@code GET /health}, no key. */
    HttpRequest health() {
        return LoadClient.request(base.resolve("/health"), null).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return LoadClient.request(base.resolve(path), BenchServer.BENCH_KEY).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)).build();
    }
}
