package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.StorageUnavailableException;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request that cannot get a connection, or whose statement is stuck behind a lock, fails within the documented
 * bounds (1 s for a connection, 1.5 s for a statement, 2 s for a reply) instead of the pool's default of 30 s, so
 * that the server can answer 503 within 2 s; a request that got no connection in time is told the storage is
 * unavailable, so that it does not wait a second time.
 */
class PostgresFailFastTest {

    private final TenantId tenant = Fixtures.tenant();
    private final StaffId staff = Fixtures.staff();

    @Test
    void withEveryConnectionTaken_aRequestFailsWithinTheConnectionTimeout() throws Exception {
        try (JdbcStorage store = JdbcStorage.create(TestPostgres.newDatabase().withPoolSize(1))) {
            BookingStorage storage = CataloguedStorage.of(store.storage());
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> stuck = CompletableFuture.runAsync(() -> storage.transactions().inTransaction(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                // unavailable, not merely failed: the caller must not wait for a connection a second time
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() ->
                        storage.appointments().find(tenant, Fixtures.appointment(tenant, staff, Fixtures.at(0, 30))
                                .id())).isInstanceOf(StorageUnavailableException.class));
            } finally {
                release.countDown();
                stuck.get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aStatementWaitingForARowLock_isCancelledWithinTheStatementTimeout() throws Exception {
        try (JdbcStorage store = JdbcStorage.create(TestPostgres.newDatabase())) {
            BookingStorage storage = CataloguedStorage.of(store.storage());
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                locked.countDown();
                await(release);
                return null;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatThrownBy(() ->
                        storage.transactions().inTransaction(() -> {
                            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                            return null;
                        })).isInstanceOf(StorageException.class));
            } finally {
                release.countDown();
                holder.exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theDriversSocketTimeout_letsTheServerCancelAStatementFirst_andStaysWithinTwoSecondsByDefault() {
        assertThat(JdbcStorage.socketTimeoutSeconds(JdbcConfig.DEFAULT_STATEMENT_TIMEOUT)).isEqualTo(2);
        assertThat(JdbcStorage.socketTimeoutSeconds(Duration.ofSeconds(2))).isEqualTo(3);
        assertThat(JdbcStorage.socketTimeoutSeconds(Duration.ofMillis(100))).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
