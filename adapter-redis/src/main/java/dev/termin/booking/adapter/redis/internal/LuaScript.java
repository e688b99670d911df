package dev.termin.booking.adapter.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.commands.ScriptingKeyCommands;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run with {@code EVALSHA}, falling back to {@code EVAL} (which caches it again) when the server does
 * not know it, e.g. after a restart or on a replica promoted by a failover. Immutable and thread-safe.
 */
public final class LuaScript {

    private final String name;
    private final String source;
    private final String sha1;

    public LuaScript(String name, String source) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.sha1 = sha1(source);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /**
     * Runs the script on {@code jedis} (a connection or a cluster client, which sends it to the primary owning the
     * keys' slot; the keys must share one slot).
     */
    public Object eval(ScriptingKeyCommands jedis, List<String> keys, List<String> args) {
        try {
            return jedis.evalsha(sha1, keys, args);
        } catch (JedisNoScriptException e) {
            return jedis.eval(source, keys, args);
        }
    }

    private static String sha1(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
