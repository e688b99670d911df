package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tenant's connection to Cal.com: sends requests with the Bearer key and the {@code cal-api-version} of the
 * endpoint family, and runs attempts under the tenant's retry policy (network errors, 5xx and 429, exponential
 * backoff with jitter, {@code Retry-After} honoured) inside its circuit breaker. Thread-safe.
 */
public final class CalComClient {

    private static final Logger log = LoggerFactory.getLogger(CalComClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ERROR_TEXT = 300;

    /** One attempt: one or more HTTP exchanges whose last answer decides whether to retry. */
    @FunctionalInterface
    public interface Attempt {
        HttpResult run() throws IOException;
    }

    private final CalComConfig config;
    private final TenantId tenant;
    private final HttpUrl base;
    private final String authorization;
    private final OkHttpClient http;
    private final Clock clock;
    private final CircuitBreaker<HttpResult> breaker;
    private final FailsafeExecutor<HttpResult> executor;

    public CalComClient(CalComConfig config, OkHttpClient http, Clock clock) {
        this.config = config;
        this.tenant = config.tenant();
        this.base = HttpUrl.get(config.account().baseUrl().toString());
        this.authorization = "Bearer " + config.account().apiKey();
        this.http = http;
        this.clock = clock;
        this.breaker = breaker(config);
        this.executor = Failsafe.with(retryPolicy(config), breaker);
    }

    public CalComConfig config() {
        return config;
    }

    /** Sends one request and reads the answer in full; no retries, no breaker. */
    public HttpResult send(ApiRequest r) throws IOException {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : r.path().split("/")) {
            if (!segment.isEmpty()) {
                url.addPathSegment(segment);
            }
        }
        r.query().forEach(url::addQueryParameter);
        RequestBody body = r.body() != null ? RequestBody.create(CalComJson.write(r.body()), JSON)
                : "POST".equals(r.method()) || "PATCH".equals(r.method()) ? RequestBody.create("{}", JSON) : null;
        Request request = new Request.Builder()
                .url(url.build())
                .header("Authorization", authorization)
                .header(ApiVersion.HEADER, r.version().value())
                .header("Accept", "application/json")
                .method(r.method(), body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            int status = response.code();
            Optional<Duration> retryAfter = status == 429
                    ? RetryAfter.parse(response.header("Retry-After"), clock) : Optional.empty();
            return new HttpResult(status, body(status, text, r), retryAfter);
        }
    }

    /**
     * Runs the attempt with retries inside the circuit breaker. {@code Done} carries the final answer, success or
     * 4xx; {@code Unreachable} means no usable answer: network failure or timeout, 5xx or 429 after the retries, or
     * an open circuit.
     */
    public CalendarOutcome<HttpResult> execute(String what, Attempt attempt) {
        try {
            HttpResult r = executor.get(attempt::run);
            if (r.isServerError()) {
                return unreachable(what, "Cal.com answered HTTP " + r.status() + " (" + r.errorMessage() + ")");
            }
            if (r.isRateLimited()) {
                return unreachable(what, "rate limited by Cal.com" + r.retryAfter()
                        .map(d -> ", retry after " + d.toSeconds() + " s").orElse(""));
            }
            return new CalendarOutcome.Done<>(r);
        } catch (CircuitBreakerOpenException e) {
            return unreachable(what, "circuit open, Cal.com not called");
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException || cause instanceof InterruptedException) {
                return unreachable(what, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            throw e;
        }
    }

    /**
     * Like {@link #execute}, then maps the answer: success through {@code onSuccess}, 4xx to {@code Rejected} with
     * Cal.com's status, error code and message. An unreadable success becomes {@code Unreachable}.
     */
    public <T> CalendarOutcome<T> call(String what, Attempt attempt, Function<HttpResult, T> onSuccess) {
        return map(what, execute(what, attempt), onSuccess);
    }

    /** Maps an outcome of {@link #execute} as {@link #call} does. */
    public static <T> CalendarOutcome<T> map(String what, CalendarOutcome<HttpResult> outcome,
            Function<HttpResult, T> onSuccess) {
        if (!(outcome instanceof CalendarOutcome.Done<HttpResult> done)) {
            return retype(outcome);
        }
        HttpResult r = done.value();
        if (!r.isSuccess()) {
            return new CalendarOutcome.Rejected<>(r.status(), r.errorCode(), r.errorMessage());
        }
        try {
            return new CalendarOutcome.Done<>(onSuccess.apply(r));
        } catch (RuntimeException e) {
            return new CalendarOutcome.Unreachable<>(what + ": unexpected answer from Cal.com: " + e.getMessage());
        }
    }

    /** A {@code Rejected} or {@code Unreachable} outcome as another value type. */
    @SuppressWarnings("unchecked")
    public static <A, B> CalendarOutcome<B> retype(CalendarOutcome<A> outcome) {
        if (outcome instanceof CalendarOutcome.Done<A>) {
            throw new IllegalArgumentException("only failures can be retyped");
        }
        return (CalendarOutcome<B>) outcome;
    }

    /** The breaker's state; {@code OPEN} whose delay has passed is reported {@code HALF_OPEN} (a trial is allowed). */
    public CircuitState circuitState() {
        return switch (breaker.getState()) {
            case CLOSED -> CircuitState.CLOSED;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            case OPEN -> breaker.getRemainingDelay().isZero() ? CircuitState.HALF_OPEN : CircuitState.OPEN;
        };
    }

    private <T> CalendarOutcome<T> unreachable(String what, String reason) {
        log.warn("Cal.com {} for tenant {} failed: {}", what, tenant, reason);
        return new CalendarOutcome.Unreachable<>(what + ": " + reason);
    }

    private static JsonNode body(int status, String text, ApiRequest r) throws MalformedResponseException {
        boolean success = status >= 200 && status < 300;
        if (text.isBlank()) {
            return null;
        }
        try {
            return CalComJson.parse(text);
        } catch (IOException e) {
            if (success) {
                throw new MalformedResponseException(r + ": HTTP " + status + " with a body that is not JSON", e);
            }
            ObjectNode error = CalComJson.object();
            error.put("code", "http_" + status).put("message", text.length() > MAX_ERROR_TEXT
                    ? text.substring(0, MAX_ERROR_TEXT) : text);
            ObjectNode envelope = CalComJson.object().put("status", "error");
            envelope.set("error", error);
            return envelope;
        }
    }

    private RetryPolicy<HttpResult> retryPolicy(CalComConfig c) {
        Duration maxRetryAfter = c.retry().maxRetryAfter();
        return RetryPolicy.<HttpResult>builder()
                .handle(IOException.class)
                .handleResultIf(r -> r != null && (r.isServerError() || r.isRateLimited()))
                .abortOn(CircuitBreakerOpenException.class)
                .abortIf(r -> r != null && r.isRateLimited()
                        && r.retryAfter().filter(d -> d.compareTo(maxRetryAfter) > 0).isPresent())
                .withMaxRetries(c.retry().maxRetries())
                .withDelayFn(ctx -> delay(c, ctx.getAttemptCount(), ctx.getLastResult()))
                .onRetry(e -> log.debug("Cal.com retry {} for tenant {} after {}", e.getAttemptCount(), tenant,
                        e.getLastException() != null ? e.getLastException().toString()
                                : "HTTP " + e.getLastResult().status()))
                .build();
    }

    /** {@code Retry-After} when Cal.com sent one; otherwise exponential backoff with jitter. */
    static Duration delay(CalComConfig c, int failedAttempts, HttpResult last) {
        if (last != null && last.isRateLimited() && last.retryAfter().isPresent()) {
            return last.retryAfter().get();
        }
        long base = c.retry().baseDelay().toNanos();
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 20));
        double nanos = Math.min((double) base * (1L << exponent), c.retry().maxDelay().toNanos());
        double jitter = c.retry().jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
        return Duration.ofNanos(Math.max(0, (long) (nanos * (1 + jitter))));
    }

    private CircuitBreaker<HttpResult> breaker(CalComConfig c) {
        return CircuitBreaker.<HttpResult>builder()
                .handle(IOException.class)
                .handleResultIf(r -> r != null && r.isServerError())
                .withFailureThreshold(c.breaker().failureThreshold())
                .withSuccessThreshold(c.breaker().successThreshold())
                .withDelay(c.breaker().halfOpenAfter())
                .onOpen(e -> log.warn("Cal.com circuit for tenant {} OPEN (was {}): calls fail fast for {}", tenant,
                        e.getPreviousState(), c.breaker().halfOpenAfter()))
                .onHalfOpen(e -> log.info("Cal.com circuit for tenant {} HALF_OPEN (was {}): trying again", tenant,
                        e.getPreviousState()))
                .onClose(e -> log.info("Cal.com circuit for tenant {} CLOSED (was {})", tenant,
                        e.getPreviousState()))
                .build();
    }
}
