/**
 * Contract tests of the outbound ports: one abstract class per port, {@code Abstract<Port>Test}, which every
 * adapter's test extends by implementing its factory method, so that the same assertions run against every
 * implementation. Tests use fresh random ids (a random tenant per test), so they need no cleanup and can share a
 * database; operations that work across tenants (sweeping holds, claiming outbox messages, purging idempotency
 * keys) are checked only on the test's own rows. {@link dev.termin.booking.application.port.out.contract.ContractFixtures}
 * builds the test data.
 *
 * <p>An adapter module depends on the {@code booking-application} test-jar and extends, for example:
 *
 * <pre>{@code
 * class JdbcAppointmentRepositoryTest extends AbstractAppointmentRepositoryTest {
 *     private static final BookingStorage STORAGE = JdbcStorage.create(TestDatabase.dataSource()).storage();
 *
 *     @Override
 *     protected BookingStorage storage() {
 *         return STORAGE;
 *     }
 * }
 * }</pre>
 */
package dev.termin.booking.application.port.out.contract;
