package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database's variables: the store, its request time bounds and its pool's size. */
class StorageVariablesTest {

    private static JdbcConfig read(Map<String, String> env) {
        return StorageVariables.read(Environment.of(env));
    }

    @Test
    void withNothingSet_theEmbeddedH2FileStore_hasThePoolAndTimeoutsOfItsDefaults() {
        JdbcConfig c = read(Map.of());

        assertThat(c.isPostgres()).isFalse();
        assertThat(c.poolSize()).isEqualTo(JdbcConfig.DEFAULT_POOL_SIZE);
        assertThat(c.connectionTimeout()).isEqualTo(JdbcConfig.DEFAULT_CONNECTION_TIMEOUT);
    }

    @Test
    void postgresWithItsPoolSizeAndTimeouts_isRead() {
        JdbcConfig c = read(Map.of("TERMIN_DB_URL", "jdbc:postgresql://db:5432/termin", "TERMIN_DB_USER", "termin",
                "TERMIN_DB_POOL_SIZE", "4", "TERMIN_DB_CONNECTION_TIMEOUT", "2s",
                "TERMIN_DB_STATEMENT_TIMEOUT", "800ms"));

        assertThat(c.isPostgres()).isTrue();
        assertThat(c.poolSize()).isEqualTo(4);
        assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.statementTimeout()).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void aPoolSizeThatIsNoWholeNumberOrBelowOne_isRefusedNamingTheVariable() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_DB_POOL_SIZE", "0")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_DB_POOL_SIZE");
        assertThatThrownBy(() -> read(Map.of("TERMIN_DB_POOL_SIZE", "ten")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_DB_POOL_SIZE");
    }
}
