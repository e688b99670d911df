package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.http.auth.JwtIssuer;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The access variables: operator key, stricter rate limits, identity providers; bad values name the variable. */
class SecurityVariablesTest {

    private static SecuritySettings read(Map<String, String> env) {
        return SecurityVariables.read(Environment.of(env));
    }

    @Test
    void withoutVariables_theDefaultsApply() {
        assertThat(read(Map.of())).isEqualTo(SecuritySettings.defaults());
    }

    @Test
    void everyVariableIsRead_andTheOperatorKeyIsNeverShown() {
        SecuritySettings s = read(Map.of("TERMIN_OPERATOR_KEY", "operator-key-0123456789abcdef-0123456789",
                "TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE", "30", "TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE", "10",
                "TERMIN_JWT_ISSUERS", "demo|https://idp.example|termin|https://idp.example/jwks.json "
                        + "claim:tenant|https://login.example|termin|https://login.example/keys"));

        assertThat(s.operatorKey()).hasValueSatisfying(k -> assertThat(k.matches(
                "operator-key-0123456789abcdef-0123456789")).isTrue());
        assertThat(s.toString()).doesNotContain("operator-key-0123");
        assertThat(s.bookingPageRatePerMinute()).isEqualTo(30);
        assertThat(s.manageRatePerMinute()).isEqualTo(10);
        assertThat(s.jwtIssuers()).containsExactly(
                JwtIssuer.of("https://idp.example", "termin", URI.create("https://idp.example/jwks.json"),
                        new JwtIssuer.TenantSource.Fixed(TenantId.of("demo"))),
                JwtIssuer.of("https://login.example", "termin", URI.create("https://login.example/keys"),
                        new JwtIssuer.TenantSource.FromClaim("tenant")));
    }

    @Test
    void aShortOperatorKey_orAMalformedIssuer_isRefused_namingTheVariable() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_OPERATOR_KEY", "too-short")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_OPERATOR_KEY")
                .hasMessageNotContaining("too-short");
        assertThatThrownBy(() -> read(Map.of("TERMIN_JWT_ISSUERS", "demo|https://idp.example|termin")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_JWT_ISSUERS");
        assertThatThrownBy(() -> read(Map.of("TERMIN_JWT_ISSUERS", "demo|https://idp|termin|ftp://idp/keys")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_JWT_ISSUERS");
        assertThatThrownBy(() -> read(Map.of("TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE", "0")))
                .isInstanceOf(InvalidSettingException.class);
    }
}
