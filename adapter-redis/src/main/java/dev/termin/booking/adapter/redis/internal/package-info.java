/**
 * Implementation details of the Redis adapter (URL parsing, connections per topology, circuit
 * breaker, Lua scripts, key layout). Not API:
 * anything here may change without notice; use {@link dev.termin.booking.adapter.redis.RedisConnections}.
 */
package dev.termin.booking.adapter.redis.internal;
