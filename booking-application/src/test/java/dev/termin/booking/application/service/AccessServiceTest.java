package dev.termin.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryAccessStorage;
import dev.termin.booking.application.settings.AccessSettings;
import dev.termin.booking.application.port.in.Authentication;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.application.port.in.IssuedKey;
import dev.termin.booking.application.port.in.IssuedManageToken;
import dev.termin.booking.application.port.in.ManageTokenLookup;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessServiceTest {

    private static final Instant T0 = Instant.parse("2031-03-01T09:00:00Z");
    private static final Caller OPERATOR = new Caller(new Principal.Operator("ops"), "corr-ops");

    private final AccessStorage storage = new InMemoryAccessStorage().storage();
    private final AccessService atT0 = at(T0);

    /** A service on the shared storage whose clock stands at {@code now}: another request, or another instance. */
    private AccessService at(Instant now) {
        return new AccessService(storage, Clock.fixed(now, ZoneOffset.UTC), AccessSettings.defaults());
    }

    private CreatedTenant schnittpunkt() {
        return atT0.createTenant(OPERATOR, new CreateTenantCommand("schnittpunkt", "Salon Schnittpunkt",
                ZoneId.of("Europe/Berlin"))).orElseThrow();
    }

    private static Caller as(Authentication auth) {
        assertThat(auth).isInstanceOf(Authentication.Accepted.class);
        return new Caller(((Authentication.Accepted) auth).principal(), "corr-1");
    }

    private IssuedKey key(Caller owner, Role role) {
        return atT0.createKey(owner, CreateKeyCommand.of(TenantId.of("schnittpunkt"), role, role.code()))
                .orElseThrow();
    }

    @Test
    void givenNewTenant_itsFirstOwnerKey_authenticatesAsOwner_andOnlyItsHashIsStored() {
        CreatedTenant created = schnittpunkt();
        String secret = created.ownerKey().secret();

        Authentication auth = atT0.authenticate(secret);

        assertThat(secret).matches("termin_own_[A-Za-z0-9_-]{43}");
        assertThat(created.ownerKey().toString()).doesNotContain(secret);
        assertThat(created.ownerKey().key().displayPrefix()).isEqualTo(secret.substring(0, 15));
        assertThat(((Authentication.Accepted) auth).principal().role()).isEqualTo(Role.OWNER);
        assertThat(storage.apiKeys().findByHash(Secrets.hash(secret))).map(ApiKey::id)
                .contains(created.ownerKey().key().id());
        assertThat(storage.audit().recent(created.account().id(), 10)).extracting(AuditEntry::action)
                .containsExactly("key.create", "tenant.create");
    }

    @Test
    void onlyTheOperator_createsTenants_andASlugIsTakenOnce() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        CreateTenantCommand again = new CreateTenantCommand("schnittpunkt", "Other", ZoneId.of("UTC"));

        assertThat(code(atT0.createTenant(owner, again))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(code(atT0.listTenants(owner))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(code(atT0.createTenant(OPERATOR, again))).isEqualTo(ErrorCode.INVALID_STATE);
        assertThat(atT0.listTenants(OPERATOR).orElseThrow()).hasSize(1);
    }

    @Test
    void givenKeyRevokedByAnotherInstance_theNextAuthentication_isRefused() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        IssuedKey desk = key(owner, Role.DESK);
        AccessService otherInstance = at(T0.plusSeconds(10));

        otherInstance.revokeKey(owner, TenantId.of("schnittpunkt"), desk.key().id()).orElseThrow();

        assertThat(atT0.authenticate(desk.secret()))
                .isEqualTo(new Authentication.RevokedKey(desk.key().id(), T0.plusSeconds(10)));
    }

    @Test
    void expiredAndUnknownKeys_areRefused() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        IssuedKey shortLived = atT0.createKey(owner, new CreateKeyCommand(TenantId.of("schnittpunkt"), Role.VIEWER,
                "Dashboard", Optional.of(T0.plus(Duration.ofHours(1))), Set.of())).orElseThrow();

        assertThat(at(T0.plus(Duration.ofMinutes(59))).authenticate(shortLived.secret()))
                .isInstanceOf(Authentication.Accepted.class);
        assertThat(at(T0.plus(Duration.ofHours(1))).authenticate(shortLived.secret()))
                .isInstanceOf(Authentication.ExpiredKey.class);
        assertThat(atT0.authenticate("termin_own_" + "x".repeat(43))).isInstanceOf(Authentication.UnknownKey.class);
        assertThat(atT0.authenticate("")).isInstanceOf(Authentication.UnknownKey.class);
        assertThat(atT0.authenticate("k".repeat(10_000))).isInstanceOf(Authentication.UnknownKey.class);
    }

    @Test
    void givenSuspendedTenant_itsKeysAndManageTokensStopWorking_untilReactivated() {
        CreatedTenant tenant = schnittpunkt();
        IssuedManageToken link = atT0.issueManageToken(tenant.account().id(), AppointmentId.of("a-1"),
                T0.plus(Duration.ofDays(2)));

        atT0.suspendTenant(OPERATOR, tenant.account().id()).orElseThrow();

        assertThat(atT0.authenticate(tenant.ownerKey().secret()))
                .isEqualTo(new Authentication.TenantSuspended(tenant.account().id()));
        assertThat(atT0.resolveManageToken(link.token())).isInstanceOf(ManageTokenLookup.TenantSuspended.class);

        atT0.reactivateTenant(OPERATOR, tenant.account().id()).orElseThrow();

        assertThat(atT0.authenticate(tenant.ownerKey().secret())).isInstanceOf(Authentication.Accepted.class);
        assertThat(storage.audit().recent(tenant.account().id(), 2)).extracting(AuditEntry::action)
                .containsExactly("tenant.reactivate", "tenant.suspend");
    }

    @Test
    void lastUse_isWrittenAtMostOncePerInterval() {
        String secret = schnittpunkt().ownerKey().secret();

        at(T0.plusSeconds(1)).authenticate(secret);
        at(T0.plusSeconds(30)).authenticate(secret);
        Optional<Instant> afterTwo = storage.apiKeys().findByHash(Secrets.hash(secret)).orElseThrow().lastUsed();
        at(T0.plusSeconds(61)).authenticate(secret);

        assertThat(afterTwo).contains(T0.plusSeconds(1));
        assertThat(storage.apiKeys().findByHash(Secrets.hash(secret)).orElseThrow().lastUsed())
                .contains(T0.plusSeconds(61));
    }

    @Test
    void keys_areManagedOnlyByTheirOwnersOrTheOperator_andValidated() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        Caller desk = as(atT0.authenticate(key(owner, Role.DESK).secret()));
        CreatedTenant other = atT0.createTenant(OPERATOR, new CreateTenantCommand("anders", "Anders",
                ZoneId.of("UTC"))).orElseThrow();
        TenantId mine = TenantId.of("schnittpunkt");

        assertThat(code(atT0.createKey(desk, CreateKeyCommand.of(mine, Role.OWNER, "x")))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(code(atT0.listKeys(owner, other.account().id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(code(atT0.createKey(owner, new CreateKeyCommand(mine, Role.DESK, "x", Optional.empty(),
                Set.of("https://salon.example"))))).isEqualTo(ErrorCode.INVALID_DATA);
        assertThat(code(atT0.createKey(owner, new CreateKeyCommand(mine, Role.BOOKING_PAGE, "x", Optional.empty(),
                Set.of("https://salon.example/path"))))).isEqualTo(ErrorCode.INVALID_DATA);
        assertThat(code(atT0.createKey(owner, new CreateKeyCommand(mine, Role.VIEWER, "x", Optional.of(T0),
                Set.of())))).isEqualTo(ErrorCode.INVALID_DATA);
        IssuedKey page = atT0.createKey(owner, new CreateKeyCommand(mine, Role.BOOKING_PAGE, "Website",
                Optional.empty(), Set.of("https://salon.example"))).orElseThrow();
        assertThat(page.secret()).startsWith("termin_page_");
        assertThat(atT0.createKey(OPERATOR, CreateKeyCommand.of(mine, Role.OWNER, "Spare")).isSuccess()).isTrue();
        assertThat(atT0.listKeys(owner, mine).orElseThrow()).extracting(ApiKey::role)
                .containsExactlyInAnyOrder(Role.OWNER, Role.DESK, Role.BOOKING_PAGE, Role.OWNER);
        assertThat(code(atT0.revokeKey(owner, mine, other.ownerKey().key().id()))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void aConfiguredTenant_isEnsuredOnce_andFoundByTheOperatorAndItsOwner() {
        TenantAccount demo = new TenantAccount(TenantId.of("Demo_1"), "demo", "Salon Demo", ZoneId.of("Europe/Berlin"),
                TenantStatus.ACTIVE, T0, AccessPolicy.DEFAULTS);
        TenantAccount sameSlug = new TenantAccount(TenantId.of("other"), "demo", "Other", ZoneId.of("UTC"),
                TenantStatus.ACTIVE, T0, AccessPolicy.DEFAULTS);

        assertThat(atT0.ensureTenant(demo).orElseThrow()).isEqualTo(demo);
        assertThat(atT0.ensureTenant(demo.withStatus(TenantStatus.SUSPENDED)).orElseThrow())
                .as("an existing tenant stays as it is").isEqualTo(demo);
        assertThat(code(atT0.ensureTenant(sameSlug))).isEqualTo(ErrorCode.INVALID_STATE);

        ApiKey imported = atT0.importKey(demo.id(), Role.OWNER, "TERMIN_DEMO_API_KEY", "demo-secret").orElseThrow();
        Caller owner = as(atT0.authenticate("demo-secret"));
        assertThat(atT0.findTenant(OPERATOR, demo.id()).orElseThrow()).isEqualTo(demo);
        assertThat(atT0.findTenant(owner, demo.id()).orElseThrow()).isEqualTo(demo);
        assertThat(code(atT0.findTenant(OPERATOR, TenantId.of("nobody")))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(imported.displayPrefix()).doesNotContain("demo-secret");
        assertThat(code(atT0.importKey(demo.id(), Role.OWNER, " ", "another-secret")))
                .isEqualTo(ErrorCode.INVALID_DATA);
    }

    @Test
    void aConfiguredKey_isImportedOnce_andOnlyForOneTenant() {
        TenantId mine = schnittpunkt().account().id();
        atT0.createTenant(OPERATOR, new CreateTenantCommand("anders", "Anders", ZoneId.of("UTC"))).orElseThrow();

        ApiKey first = atT0.importKey(mine, Role.OWNER, "TERMIN_API_KEYS", "legacy-secret").orElseThrow();

        assertThat(atT0.importKey(mine, Role.OWNER, "TERMIN_API_KEYS", "legacy-secret").orElseThrow())
                .isEqualTo(first);
        assertThat(code(atT0.importKey(TenantId.of("anders"), Role.OWNER, "x", "legacy-secret")))
                .isEqualTo(ErrorCode.INVALID_STATE);
        assertThat(code(atT0.importKey(TenantId.of("nobody"), Role.OWNER, "x", "other"))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(atT0.authenticate("legacy-secret")).isInstanceOf(Authentication.Accepted.class);
    }

    @Test
    void theDesk_overridesDeadlines_onceTheOwnerAllowsIt() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        String deskSecret = key(owner, Role.DESK).secret();
        TenantId mine = TenantId.of("schnittpunkt");
        Caller deskBefore = as(atT0.authenticate(deskSecret));

        assertThat(code(atT0.changeAccessPolicy(deskBefore, mine, new AccessPolicy(true))))
                .isEqualTo(ErrorCode.FORBIDDEN);
        atT0.changeAccessPolicy(owner, mine, new AccessPolicy(true)).orElseThrow();

        assertThat(deskBefore.principal().may(Permission.OVERRIDE_DEADLINES, mine)).isFalse();
        assertThat(as(atT0.authenticate(deskSecret)).principal().may(Permission.OVERRIDE_DEADLINES, mine)).isTrue();
    }

    @Test
    void theAuditLog_isReadByTheOwnerOnly() {
        Caller owner = as(atT0.authenticate(schnittpunkt().ownerKey().secret()));
        Caller viewer = as(atT0.authenticate(key(owner, Role.VIEWER).secret()));
        TenantId mine = TenantId.of("schnittpunkt");

        atT0.record(viewer, mine, "appointment.cancel", "a-1");

        AuditEntry newest = atT0.recentAudit(owner, mine, 1).orElseThrow().get(0);
        assertThat(newest.action()).isEqualTo("appointment.cancel");
        assertThat(newest.role()).contains(Role.VIEWER);
        assertThat(newest.correlationId()).isEqualTo("corr-1");
        assertThat(code(atT0.recentAudit(viewer, mine, 10))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(code(atT0.recentAudit(owner, mine, 0))).isEqualTo(ErrorCode.INVALID_DATA);
    }

    @Test
    void aVerifiedToken_isAdmittedForAHostedActiveTenantOnly() {
        schnittpunkt();
        Credential.Token token = new Credential.Token("https://idp.example", "user-7");

        Authentication admitted = atT0.admit(TenantId.of("schnittpunkt"), Role.DESK, token, "Maria");

        assertThat(((Authentication.Accepted) admitted).principal().credential()).isEqualTo(token);
        assertThat(atT0.admit(TenantId.of("nobody"), Role.DESK, token, "Maria"))
                .isEqualTo(new Authentication.UnknownTenant(TenantId.of("nobody")));
    }

    @Test
    void aManageToken_opensItsAppointmentUntilItIsOver_andFollowsAMove() {
        TenantId mine = schnittpunkt().account().id();
        Instant end = T0.plus(Duration.ofDays(2));
        IssuedManageToken link = atT0.issueManageToken(mine, AppointmentId.of("a-1"), end);

        assertThat(link.token()).matches("mt_[A-Za-z0-9_-]{43}");
        assertThat(link.toString()).doesNotContain(link.token());
        assertThat(at(end.minusSeconds(1)).resolveManageToken(link.token()))
                .isEqualTo(new ManageTokenLookup.Valid(link.grant()));
        assertThat(at(end).resolveManageToken(link.token())).isInstanceOf(ManageTokenLookup.Expired.class);
        assertThat(atT0.resolveManageToken("mt_guess")).isInstanceOf(ManageTokenLookup.Unknown.class);

        atT0.appointmentMoved(mine, AppointmentId.of("a-1"), end.plus(Duration.ofDays(1)));

        assertThat(at(end).resolveManageToken(link.token())).isInstanceOf(ManageTokenLookup.Valid.class);
        assertThat(at(end.plus(Duration.ofDays(2))).purgeExpiredManageTokens()).isEqualTo(1);
        assertThat(atT0.resolveManageToken(link.token())).isInstanceOf(ManageTokenLookup.Unknown.class);
    }

    private static ErrorCode code(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Failure.class);
        return ((Result.Failure<?>) result).code();
    }
}
