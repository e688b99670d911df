package dev.termin.booking.adapter.redis;

import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.port.out.contract.AbstractSlotLocksTest;
import org.junit.jupiter.api.AfterAll;

/** The slot lock contract, run against {@link RedisSlotLocks} on a real Redis Cluster (three primaries). */
class RedisClusterSlotLocksContractTest extends AbstractSlotLocksTest {

    private static final RedisConnections CONNECTIONS = RedisConnections.create(TestRedisCluster.get().config());

    @AfterAll
    static void close() {
        CONNECTIONS.close();
    }

    @Override
    protected SlotLocks slotLocks() {
        return CONNECTIONS.slotLocks();
    }
}
