/**
 * Benchmarks of the Redis adapter (JMH; not tests): {@link dev.termin.booking.adapter.redis.bench.SlotLockBench}.
 * Run with {@code mvn -q -pl adapter-redis -am process-test-classes -Pbench}.
 */
package dev.termin.booking.adapter.redis.bench;
