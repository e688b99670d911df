/**
 * Contract tests of the outbound ports: one abstract class per port, {@code Abstract<Port>Test}, which every
 * adapter's test extends by implementing its factory method, so that the same assertions run against every
 * implementation. Tests use fresh random ids (a random tenant per test), so they need no cleanup and can share a
 * database. {@link dev.termin.booking.application.port.out.contract.ContractFixtures} builds the test data.
 */
package dev.termin.booking.application.port.out.contract;
