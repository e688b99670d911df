package dev.termin.booking.adapter.redis.internal;

import dev.termin.booking.adapter.redis.RedisConfig;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisSentinelPool;

/** Builds the {@link Connector} for the topology a {@link RedisConfig}'s URL names. */
final class Connectors {

    /**
     * Attempts of one cluster command: enough to follow a {@code MOVED} after a failover and to retry once on a
     * fresh connection after refreshing the slot map, few enough to stay inside the time bound below.
     */
    static final int CLUSTER_MAX_ATTEMPTS = 3;

    private Connectors() {
    }

    /**
     * The connector for {@code config}. A pool for one server opens no connection here; the cluster and Sentinel
     * clients contact their nodes at once (slot map, current primary), which is why the executor creates them on
     * its first call.
     *
     * @throws redis.clients.jedis.exceptions.JedisException if no cluster node or sentinel answers
     */
    static Connector create(RedisConfig config) {
        RedisEndpoints endpoints = RedisEndpoints.parse(config.url());
        int connect = (int) config.connectTimeout().toMillis();
        int socket = (int) config.socketTimeout().toMillis();
        return switch (endpoints.topology()) {
            case STANDALONE -> new PooledConnector(
                    new JedisPool(poolConfig(config), config.url(), connect, socket));
            case SENTINEL -> new PooledConnector(new JedisSentinelPool(endpoints.primary(), hosts(endpoints),
                    poolConfig(config), dataNodes(endpoints, connect, socket),
                    DefaultJedisClientConfig.builder().connectionTimeoutMillis(connect).socketTimeoutMillis(socket)
                            .build()));
            case CLUSTER -> new ClusterConnector(new JedisCluster(hosts(endpoints),
                    dataNodes(endpoints, connect, socket), CLUSTER_MAX_ATTEMPTS,
                    // Bounds one command's retries (refreshing the slot map, backing off) by a connect and a reply.
                    Duration.ofMillis((long) connect + socket), poolConfig(config)));
        };
    }

    private static JedisClientConfig dataNodes(RedisEndpoints endpoints, int connect, int socket) {
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(connect).socketTimeoutMillis(socket)
                .user(endpoints.user()).password(endpoints.password()).database(endpoints.database())
                .ssl(endpoints.tls()).build();
    }

    private static Set<HostAndPort> hosts(RedisEndpoints endpoints) {
        Set<HostAndPort> hosts = new LinkedHashSet<>();
        endpoints.hosts().forEach(h -> hosts.add(new HostAndPort(h.host(), h.port())));
        return hosts;
    }

    private static <T> GenericObjectPoolConfig<T> poolConfig(RedisConfig config) {
        GenericObjectPoolConfig<T> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setMaxTotal(config.poolMaxTotal());
        poolConfig.setMaxIdle(config.poolMaxTotal());
        poolConfig.setMinIdle(0);
        poolConfig.setBlockWhenExhausted(true);
        poolConfig.setMaxWait(config.connectTimeout());
        poolConfig.setJmxEnabled(false);
        return poolConfig;
    }
}
