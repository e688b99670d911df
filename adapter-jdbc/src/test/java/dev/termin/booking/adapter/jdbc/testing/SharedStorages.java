package dev.termin.booking.adapter.jdbc.testing;

import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.application.port.out.WebhookDeliveries;

/**
 * One store per database kind for the whole test JVM, shared by the port contract tests (they isolate themselves
 * by random tenants): PostgreSQL on {@link TestPostgres#sharedDatabase()}, H2 in one temporary file database.
 */
public final class SharedStorages {

    private static final int POOL_SIZE = 20;
    private static JdbcStorage postgres;
    private static JdbcStorage h2;

    private SharedStorages() {
    }

    public static synchronized BookingStorage postgres() {
        if (postgres == null) {
            postgres = JdbcStorage.create(TestPostgres.sharedDatabase().withPoolSize(POOL_SIZE));
        }
        return postgres.storage();
    }

    public static synchronized BookingStorage h2() {
        if (h2 == null) {
            h2 = JdbcStorage.create(TestH2.newDatabase().withPoolSize(POOL_SIZE));
        }
        return h2.storage();
    }

    /** The access-control ports of the shared PostgreSQL store. */
    public static synchronized AccessStorage postgresAccess() {
        postgres();
        return postgres.accessStorage();
    }

    /** The external-booking ledger of the shared PostgreSQL store. */
    public static synchronized ExternalBookingLedger postgresLedger() {
        postgres();
        return postgres.externalBookingLedger();
    }

    /** The calendar connections of the shared PostgreSQL store. */
    public static synchronized CalendarConnectionRepository postgresConnections() {
        postgres();
        return postgres.calendarConnections();
    }

    /** The calendar connections of the shared H2 store. */
    public static synchronized CalendarConnectionRepository h2Connections() {
        h2();
        return h2.calendarConnections();
    }

    /** The mirrored event types of the shared PostgreSQL store. */
    public static synchronized MirroredEventTypeRepository postgresMirroredEventTypes() {
        postgres();
        return postgres.mirroredEventTypes();
    }

    /** The mirrored event types of the shared H2 store. */
    public static synchronized MirroredEventTypeRepository h2MirroredEventTypes() {
        h2();
        return h2.mirroredEventTypes();
    }

    /** The external-booking ledger of the shared H2 store. */
    public static synchronized ExternalBookingLedger h2Ledger() {
        h2();
        return h2.externalBookingLedger();
    }

    /** The webhook store of the shared PostgreSQL store. */
    public static synchronized WebhookDeliveries postgresWebhooks() {
        postgres();
        return postgres.webhooks();
    }

    /** The webhook store of the shared H2 store. */
    public static synchronized WebhookDeliveries h2Webhooks() {
        h2();
        return h2.webhooks();
    }

    /** The access-control ports of the shared H2 store. */
    public static synchronized AccessStorage h2Access() {
        h2();
        return h2.accessStorage();
    }
}
