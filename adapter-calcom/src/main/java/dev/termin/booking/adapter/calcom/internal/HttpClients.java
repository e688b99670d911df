package dev.termin.booking.adapter.calcom.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * The one shared OkHttp client of the adapter (one connection pool and dispatcher), and clients derived from it with
 * {@code newBuilder()} for other call timeouts. OkHttp's silent retry on connection failure is off: a POST must
 * never be sent twice without the adapter's lookup first. Thread-safe.
 */
public final class HttpClients {

    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final OkHttpClient SHARED = configure(new OkHttpClient.Builder(), DEFAULT_CALL_TIMEOUT).build();
    private static final Map<Duration, OkHttpClient> DERIVED = new ConcurrentHashMap<>();

    private HttpClients() {
    }

    /** The shared client, or one derived from it, whose every request ends after {@code callTimeout}. */
    public static OkHttpClient withCallTimeout(Duration callTimeout) {
        if (callTimeout.equals(DEFAULT_CALL_TIMEOUT)) {
            return SHARED;
        }
        return DERIVED.computeIfAbsent(callTimeout, t -> configure(SHARED.newBuilder(), t).build());
    }

    private static OkHttpClient.Builder configure(OkHttpClient.Builder b, Duration callTimeout) {
        Duration connect = callTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? callTimeout : MAX_CONNECT_TIMEOUT;
        return b.retryOnConnectionFailure(false)
                .callTimeout(callTimeout)
                .connectTimeout(connect)
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout);
    }
}
