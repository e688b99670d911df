package dev.termin.booking.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant T0 = Instant.parse("2031-03-01T10:00:00Z");

    private static ApiKey key(Role role, Optional<Instant> expiry, Set<String> origins) {
        return new ApiKey(ApiKeyId.of("key_1"), TenantId.of("salon"), role, "Front desk", T0, Optional.empty(),
                expiry, Optional.empty(), origins, "termin_desk_Ab12");
    }

    @Test
    void aKey_isActiveUntilItsExpiry_andRevocationWinsOverExpiry() {
        ApiKey k = key(Role.DESK, Optional.of(T0.plus(Duration.ofDays(1))), Set.of());

        assertThat(k.status(T0.plusSeconds(1))).isEqualTo(KeyStatus.ACTIVE);
        assertThat(k.status(T0.plus(Duration.ofDays(1)))).isEqualTo(KeyStatus.EXPIRED);
        assertThat(k.revoked(T0.plusSeconds(5)).status(T0.plusSeconds(6))).isEqualTo(KeyStatus.REVOKED);
        assertThat(k.revoked(T0.plusSeconds(5)).revoked(T0.plusSeconds(9)).revokedAt())
                .as("the first revocation time stays").contains(T0.plusSeconds(5));
    }

    @Test
    void lastUsed_onlyMovesForward() {
        ApiKey used = key(Role.DESK, Optional.empty(), Set.of()).usedAt(T0.plusSeconds(60));

        assertThat(used.usedAt(T0.plusSeconds(30)).lastUsed()).contains(T0.plusSeconds(60));
        assertThat(used.usedAt(T0.plusSeconds(90)).lastUsed()).contains(T0.plusSeconds(90));
    }

    @Test
    void onlyABookingPageKey_hasAllowedOrigins_andTheyMustBeBareLowercaseOrigins() {
        ApiKey page = key(Role.BOOKING_PAGE, Optional.empty(), Set.of("https://salon.example", "http://localhost:8080"));

        assertThat(page.allowsOrigin("https://salon.example")).isTrue();
        assertThat(page.allowsOrigin("https://evil.example")).isFalse();
        assertThat(page.allowsOrigin(null)).isFalse();
        assertThatThrownBy(() -> key(Role.DESK, Optional.empty(), Set.of("https://salon.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("booking-page");
        assertThatThrownBy(() -> key(Role.BOOKING_PAGE, Optional.empty(), Set.of("https://salon.example/book")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key(Role.BOOKING_PAGE, Optional.empty(), Set.of("*")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiryNotAfterCreation_isRefused() {
        assertThatThrownBy(() -> key(Role.DESK, Optional.of(T0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiresAt");
    }

    @Test
    void aTenantAccount_needsAUrlSafeSlug_andKeepsItsDataWhenSuspended() {
        TenantAccount t = TenantAccount.open("schnittpunkt", "Salon Schnittpunkt", ZoneId.of("Europe/Berlin"), T0);

        assertThat(t.id()).isEqualTo(TenantId.of("schnittpunkt"));
        assertThat(t.isActive()).isTrue();
        assertThat(t.withStatus(TenantStatus.SUSPENDED).isActive()).isFalse();
        assertThat(t.withStatus(TenantStatus.SUSPENDED).name()).isEqualTo("Salon Schnittpunkt");
        assertThatThrownBy(() -> TenantAccount.open("Schnitt Punkt", "x", ZoneId.of("UTC"), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slug");
        assertThatThrownBy(() -> TenantAccount.open("-x", "x", ZoneId.of("UTC"), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aManageGrant_isValidUntilTheAppointmentIsOver() {
        Instant end = T0.plus(Duration.ofHours(1));
        ManageGrant g = ManageGrant.until(TenantId.of("salon"), AppointmentId.of("a-1"), end);

        assertThat(g.isValidAt(end.minusSeconds(1))).isTrue();
        assertThat(g.isValidAt(end)).isFalse();
    }

    @Test
    void anAuditEntry_refusesAFreeTextAction() {
        assertThatThrownBy(() -> new AuditEntry(TenantId.of("salon"), T0, "key:key_1", Optional.of(Role.OWNER),
                "Deleted everything!", "", "")).isInstanceOf(IllegalArgumentException.class);
        Principal owner = new Principal.Member(TenantId.of("salon"), Role.OWNER, AccessPolicy.DEFAULTS,
                new Credential.Token("https://idp.example", "user-7"), "Anna");
        assertThat(AuditEntry.of(owner, TenantId.of("salon"), T0, "key.create", "key_2", "c-1").actor())
                .isEqualTo("jwt:user-7");
    }
}
