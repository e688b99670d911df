package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractIdempotencyStoreTest;
import org.junit.jupiter.api.AfterAll;

/**
 * The idempotency store contract, run against {@link RedisIdempotencyStore} through Sentinel (a primary
 * with a replica), inside the in-memory storage with its idempotency store replaced.
 */
class RedisSentinelIdempotencyStoreContractTest extends AbstractIdempotencyStoreTest {

    private static final RedisConnections CONNECTIONS = RedisConnections.create(TestRedisSentinel.get().config());
    private static final BookingStorage STORAGE = withRedisIdempotency(new InMemoryStorage().storage());

    @AfterAll
    static void close() {
        CONNECTIONS.close();
    }

    @Override
    protected BookingStorage storage() {
        return STORAGE;
    }

    private static BookingStorage withRedisIdempotency(BookingStorage s) {
        return new BookingStorage(s.transactions(), s.staffLocks(), s.catalogue(), s.appointments(), s.holds(),
                s.bookedTime(), s.waitlist(), s.outbox(), CONNECTIONS.idempotencyStore(), s.flowLog());
    }
}
