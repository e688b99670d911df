package dev.termin.booking.adapter.http.cli;

import dev.termin.booking.adapter.http.Wiring;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.application.port.in.IssuedKey;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termin tenants ...} and {@code termin keys ...}: tenant and key management on the configured database,
 * without a running server (a running server sees the changes at its next request). The command line acts as the
 * server operator ({@code operator} in the audit log). Secrets are printed once. Exit code 0, or 1 with one line
 * when the engine refuses (unknown tenant, slug taken, ...).
 */
final class AccessCommands {

    private AccessCommands() {
    }

    /** Runs {@code action} on the access use case as the operator; prints a refusal and returns 1. */
    static int run(TerminCommand.Sub sub, Function<Ctx, Result<?>> action) {
        try (Wiring wiring = Wiring.fromEnv(sub.root.env)) {
            Ctx ctx = new Ctx(wiring.engine().access(), new Caller(new Principal.Operator("command line"),
                    "cli-" + UUID.randomUUID()), sub.root.out, wiring.clock().instant());
            Result<?> result = action.apply(ctx);
            if (result instanceof Result.Failure<?> f) {
                sub.root.out.println("refused (" + f.code().code() + "): " + f.message());
                sub.root.out.flush();
                return 1;
            }
            sub.root.out.flush();
            return 0;
        }
    }

    /** What an action works with. */
    record Ctx(AccessUseCase access, Caller caller, PrintWriter out, Instant now) {
    }

    static String line(TenantAccount t) {
        return String.format(Locale.ROOT, "%-24s %-10s %-16s %s", t.id().value(), t.status().name()
                .toLowerCase(Locale.ROOT), t.zone().getId(), t.name());
    }

    static String line(ApiKey k, Instant now) {
        return String.format(Locale.ROOT, "%-28s %-13s %-8s %-22s %s", k.id().value(), k.role().code(),
                k.status(now).name().toLowerCase(Locale.ROOT), k.displayPrefix(), k.label());
    }

    @Command(name = "tenants", description = "Create, list, suspend and re-activate tenants.",
            subcommands = {Tenants.Create.class, Tenants.ListAll.class, Tenants.Suspend.class,
                    Tenants.Activate.class})
    static final class Tenants extends TerminCommand.Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            root.out.println("Usage: termin tenants create|list|suspend|activate");
            return 2;
        }

        @Command(name = "create", description = "Create a tenant and print its first owner key (shown once).")
        static final class Create extends TerminCommand.Sub implements Callable<Integer> {
            @Option(names = "--name", required = true, description = "Display name.")
            String name;
            @Option(names = "--slug", required = true, description = "Unique slug, also the tenant id.")
            String slug;
            @Option(names = "--zone", defaultValue = "Europe/Berlin", description = "Time zone (default: ${DEFAULT-VALUE}).")
            String zone;

            @Override
            public Integer call() {
                return run(this, c -> {
                    Result<CreatedTenant> r = c.access().createTenant(c.caller(),
                            new CreateTenantCommand(slug, name, ZoneId.of(zone)));
                    if (r instanceof Result.Success<CreatedTenant> s) {
                        c.out().println("Tenant created: " + line(s.value().account()));
                        c.out().println("Owner key (shown once, keep it safe): " + s.value().ownerKey().secret());
                    }
                    return r;
                });
            }
        }

        @Command(name = "list", description = "List tenants.")
        static final class ListAll extends TerminCommand.Sub implements Callable<Integer> {
            @Override
            public Integer call() {
                return run(this, c -> {
                    Result<List<TenantAccount>> r = c.access().listTenants(c.caller());
                    if (r instanceof Result.Success<List<TenantAccount>> s) {
                        s.value().forEach(t -> c.out().println(line(t)));
                    }
                    return r;
                });
            }
        }

        @Command(name = "suspend", description = "Suspend a tenant: its keys, tokens and links stop working.")
        static final class Suspend extends TerminCommand.Sub implements Callable<Integer> {
            @Parameters(index = "0", description = "Tenant id.")
            String tenant;

            @Override
            public Integer call() {
                return run(this, c -> printed(c, c.access().suspendTenant(c.caller(), TenantId.of(tenant))));
            }
        }

        @Command(name = "activate", description = "Re-activate a suspended tenant.")
        static final class Activate extends TerminCommand.Sub implements Callable<Integer> {
            @Parameters(index = "0", description = "Tenant id.")
            String tenant;

            @Override
            public Integer call() {
                return run(this, c -> printed(c, c.access().reactivateTenant(c.caller(), TenantId.of(tenant))));
            }
        }

        private static Result<TenantAccount> printed(Ctx c, Result<TenantAccount> r) {
            if (r instanceof Result.Success<TenantAccount> s) {
                c.out().println(line(s.value()));
            }
            return r;
        }
    }

    @Command(name = "keys", description = "Create, list and revoke a tenant's API keys.",
            subcommands = {Keys.Create.class, Keys.ListAll.class, Keys.Revoke.class})
    static final class Keys extends TerminCommand.Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            root.out.println("Usage: termin keys create|list|revoke --tenant ID");
            return 2;
        }

        @Command(name = "create", description = "Create a key and print it (shown once).")
        static final class Create extends TerminCommand.Sub implements Callable<Integer> {
            @Option(names = "--tenant", required = true, description = "Tenant id.")
            String tenant;
            @Option(names = "--role", required = true,
                    description = "owner, desk, assistant, booking-page or viewer.")
            String role;
            @Option(names = "--label", description = "What the key is for (default: the role).")
            String label;
            @Option(names = "--origin", description = "Allowed browser origin of a booking-page key (repeatable).")
            List<String> origins = List.of();
            @Option(names = "--expires", description = "Expiry, ISO-8601 instant (2027-01-01T00:00:00Z).")
            String expires;

            @Override
            public Integer call() {
                Optional<Role> parsed = Role.parse(role);
                if (parsed.isEmpty()) {
                    root.out.println("refused (invalid_data): --role must be owner, desk, assistant, booking-page "
                            + "or viewer");
                    root.out.flush();
                    return 1;
                }
                return run(this, c -> {
                    Result<IssuedKey> r = c.access().createKey(c.caller(), new CreateKeyCommand(TenantId.of(tenant),
                            parsed.get(), label == null ? parsed.get().code() : label,
                            Optional.ofNullable(expires).map(Instant::parse), new LinkedHashSet<>(origins)));
                    if (r instanceof Result.Success<IssuedKey> s) {
                        c.out().println("Key " + s.value().key().id().value() + " (" + parsed.get().code()
                                + ") created; shown once: " + s.value().secret());
                    }
                    return r;
                });
            }
        }

        @Command(name = "list", description = "List a tenant's keys (never their secrets).")
        static final class ListAll extends TerminCommand.Sub implements Callable<Integer> {
            @Option(names = "--tenant", required = true, description = "Tenant id.")
            String tenant;

            @Override
            public Integer call() {
                return run(this, c -> {
                    Result<List<ApiKey>> r = c.access().listKeys(c.caller(), TenantId.of(tenant));
                    if (r instanceof Result.Success<List<ApiKey>> s) {
                        s.value().forEach(k -> c.out().println(line(k, c.now())));
                    }
                    return r;
                });
            }
        }

        @Command(name = "revoke", description = "Revoke a key; every server refuses it from its next request.")
        static final class Revoke extends TerminCommand.Sub implements Callable<Integer> {
            @Option(names = "--tenant", required = true, description = "Tenant id.")
            String tenant;
            @Parameters(index = "0", description = "Key id (key_...).")
            String id;

            @Override
            public Integer call() {
                return run(this, c -> {
                    Result<ApiKey> r = c.access().revokeKey(c.caller(), TenantId.of(tenant), ApiKeyId.of(id));
                    if (r instanceof Result.Success<ApiKey> s) {
                        c.out().println("revoked: " + line(s.value(), c.now()));
                    }
                    return r;
                });
            }
        }
    }
}
