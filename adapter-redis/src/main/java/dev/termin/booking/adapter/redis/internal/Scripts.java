package dev.termin.booking.adapter.redis.internal;

/** The Lua scripts of the adapter; each runs atomically on the server. docs/redis.md explains them. */
public final class Scripts {

    private Scripts() {
    }

    /**
     * Takes the lock (or renews it for its current owner) and issues a fencing token. KEYS[1] lock, KEYS[2] the
     * tenant's token counter; ARGV[1] owner, ARGV[2] ttl in ms. Returns the token, or nil if another owner holds
     * the lock. The counter is INCRemented, but never issues less than the server clock in microseconds, so tokens
     * keep growing even if Redis lost the counter (restart without persistence, failover to a lagging replica).
     */
    public static final LuaScript LOCK_ACQUIRE = new LuaScript("lock.acquire", """
            if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              if redis.call('GET', KEYS[1]) ~= ARGV[1] then
                return false
              end
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            local token = redis.call('INCR', KEYS[2])
            local now = redis.call('TIME')
            local floor = tonumber(now[1]) * 1000000 + tonumber(now[2])
            if token < floor then
              token = floor
              redis.call('SET', KEYS[2], string.format('%.0f', floor))
            end
            return token
            """);

    /** Compare-and-delete. KEYS[1] lock; ARGV[1] owner. Returns 1 if the owner held and released it, else 0. */
    public static final LuaScript LOCK_RELEASE = new LuaScript("lock.release", """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    /** Compare-and-pexpire. KEYS[1] lock; ARGV[1] owner, ARGV[2] ttl in ms. Returns 1 if extended, else 0. */
    public static final LuaScript LOCK_EXTEND = new LuaScript("lock.extend", """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """);

    /**
     * Claims an idempotency key. KEYS[1] record (a hash: f fingerprint, r response, c claimed at, e expires at, in
     * epoch ms of the caller's clock); ARGV[1] fingerprint, ARGV[2] now, ARGV[3] expires at, ARGV[4] ttl in ms,
     * ARGV[5] in-flight timeout in ms. Returns {'C'} claimed, {'R', response} replay, {'M'} mismatch, {'I'} in
     * flight.
     */
    public static final LuaScript IDEMPOTENCY_CLAIM = new LuaScript("idempotency.claim", """
            local now = tonumber(ARGV[2])
            local rec = redis.call('HMGET', KEYS[1], 'f', 'r', 'c', 'e')
            if rec[1] and tonumber(rec[4]) > now then
              if rec[1] ~= ARGV[1] then
                return {'M'}
              end
              if rec[2] then
                return {'R', rec[2]}
              end
              if now < tonumber(rec[3]) + tonumber(ARGV[5]) then
                return {'I'}
              end
            end
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'f', ARGV[1], 'c', ARGV[2], 'e', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return {'C'}
            """);

    /** Stores the response of a stored record. KEYS[1] record; ARGV[1] response. Returns 1 if stored, else 0. */
    public static final LuaScript IDEMPOTENCY_COMPLETE = new LuaScript("idempotency.complete", """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              redis.call('HSET', KEYS[1], 'r', ARGV[1])
              return 1
            end
            return 0
            """);

    /** Forgets a record still in flight. KEYS[1] record. Returns 1 if deleted, else 0. */
    public static final LuaScript IDEMPOTENCY_RELEASE = new LuaScript("idempotency.release", """
            if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('HEXISTS', KEYS[1], 'r') == 0 then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    /** Deletes the given records that expired before ARGV[1] (epoch ms). Returns how many. */
    public static final LuaScript IDEMPOTENCY_PURGE = new LuaScript("idempotency.purge", """
            local now = tonumber(ARGV[1])
            local purged = 0
            for _, key in ipairs(KEYS) do
              local e = redis.call('HGET', key, 'e')
              if e and tonumber(e) < now then
                purged = purged + redis.call('DEL', key)
              end
            end
            return purged
            """);

    /**
     * Counts a request in a fixed window. KEYS[1] the window's counter; ARGV[1] window length in ms. Returns the
     * count including this request; the first request of a window sets the counter's expiry, so counters vanish by
     * themselves (a counter that lost its expiry gets it back).
     */
    public static final LuaScript RATE_HIT = new LuaScript("rate.hit", """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return n
            """);
}
