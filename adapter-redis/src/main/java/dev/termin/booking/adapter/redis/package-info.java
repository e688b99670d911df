/**
 * Slot locks, idempotency records and rate limits on Redis (one server, a Redis Cluster, or a primary found through
 * Sentinel), shared by every engine instance; start at
 * {@link dev.termin.booking.adapter.redis.RedisConnections#create}. Redis is never the only guard: its failures
 * surface as {@link dev.termin.booking.adapter.redis.RedisUnavailableException} so that the engine falls back to
 * the database.
 */
package dev.termin.booking.adapter.redis;
