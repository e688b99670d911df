package dev.termin.booking.adapter.http.cli;

import dev.termin.booking.adapter.calcom.DriftReport;
import dev.termin.booking.adapter.calcom.EnsureReport;
import dev.termin.booking.adapter.http.Wiring;
import dev.termin.booking.adapter.http.internal.CalComLink;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ReconcileReport;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termin calcom …}: reconciliation, the manual-review list (re-sync, clear) and the segment event-type
 * drift check of one tenant, against the configured Cal.com. Exit code 1 when Cal.com cannot be used or the
 * request is refused. Not thread-safe.
 */
@Command(name = "calcom", description = "Cal.com: reconcile, review flagged appointments, check drift.",
        subcommands = {CalComCommand.Reconcile.class, CalComCommand.Review.class, CalComCommand.Resync.class,
                CalComCommand.Clear.class, CalComCommand.Drift.class, CalComCommand.Connect.class,
                CalComCommand.RotateKey.class})
final class CalComCommand extends TerminCommand.Sub implements Callable<Integer> {

    @Override
    public Integer call() {
        root.out.println("Use one of: reconcile, review, resync, clear, drift, connect, rotate-key (see --help).");
        root.out.flush();
        return 0;
    }

    /** Options every sub-command shares. */
    abstract static class TenantCommand extends TerminCommand.Sub implements Callable<Integer> {
        @Option(names = "--tenant", defaultValue = "demo", description = "Tenant id (default: ${DEFAULT-VALUE}).")
        String tenant;

        @Override
        public Integer call() {
            try (Wiring wiring = Wiring.fromEnv(root.env)) {
                int code = run(wiring, TenantId.of(tenant), root.out);
                root.out.flush();
                return code;
            }
        }

        abstract int run(Wiring wiring, TenantId tenant, PrintWriter out);

        static int failed(PrintWriter out, Result<?> r) {
            Result.Failure<?> f = (Result.Failure<?>) r;
            out.printf("refused: %s: %s%n", f.code().code(), f.message());
            return 1;
        }

        static int noCalCom(PrintWriter out) {
            out.println("Cal.com is not configured (TERMIN_CALCOM_API_KEY or TERMIN_MASTER_KEY).");
            return 1;
        }
    }

    @Command(name = "reconcile", description = "Compare Termin with Cal.com (a day back, 90 days ahead) and repair.")
    static final class Reconcile extends TenantCommand {
        @Override
        int run(Wiring wiring, TenantId tenant, PrintWriter out) {
            if (wiring.calComLink().isEmpty()) {
                return noCalCom(out);
            }
            CalComLink link = wiring.calComLink().get();
            Result<ReconcileReport> r = wiring.engine().externalChanges().reconcile(tenant,
                    link.window(wiring.clock().instant()));
            if (!r.isSuccess()) {
                return failed(out, r);
            }
            ReconcileReport report = r.orElseThrow();
            out.printf("Reconciled tenant %s from %s to %s: %d Cal.com bookings examined, %d changes%n", tenant,
                    report.window().start(), report.window().end(), report.examined(), report.changes().size());
            for (ExternalChangeOutcome c : report.changes()) {
                out.printf("  %-9s booking %s%s: %s%n", c.action().code(), c.uid(),
                        c.appointment().map(a -> " appointment " + a).orElse(""), c.detail());
            }
            return 0;
        }
    }

    @Command(name = "review", description = "List the appointments flagged for manual review.")
    static final class Review extends TenantCommand {
        @Override
        int run(Wiring wiring, TenantId tenant, PrintWriter out) {
            var flagged = wiring.engine().externalChanges().flaggedForReview(tenant);
            out.printf("%d appointments of tenant %s need a person%n", flagged.size(), tenant);
            for (Appointment a : flagged) {
                out.printf("  %s %s staff %s: %s%n", a.id(), a.interval(), a.staff(),
                        a.sync().lastError().orElse("(no remark)"));
            }
            return 0;
        }
    }

    /** Re-sync or clear one flagged appointment with a note. */
    abstract static class Settle extends TenantCommand {
        @Parameters(index = "0", description = "Appointment id.")
        String appointment;

        @Option(names = "--note", required = true, description = "What was decided (kept with the appointment).")
        String note;

        abstract Result<Appointment> settle(Wiring wiring, TenantId tenant, AppointmentId id);

        @Override
        int run(Wiring wiring, TenantId tenant, PrintWriter out) {
            Result<Appointment> r = settle(wiring, tenant, AppointmentId.of(appointment));
            if (!r.isSuccess()) {
                return failed(out, r);
            }
            out.printf("appointment %s: flag cleared, sync %s%n", appointment, r.orElseThrow().sync().status().code());
            return 0;
        }
    }

    @Command(name = "resync", description = "Clear the flag and push Termin's version to Cal.com again.")
    static final class Resync extends Settle {
        @Override
        Result<Appointment> settle(Wiring wiring, TenantId tenant, AppointmentId id) {
            return wiring.engine().externalChanges().resync(tenant, id, note);
        }
    }

    @Command(name = "clear", description = "Clear the flag with a note, without touching Cal.com.")
    static final class Clear extends Settle {
        @Override
        Result<Appointment> settle(Wiring wiring, TenantId tenant, AppointmentId id) {
            return wiring.engine().externalChanges().clearReview(tenant, id, note);
        }
    }

    @Command(name = "drift", description = "Compare the segment event types with Cal.com; exit 1 when they differ.")
    static final class Drift extends TenantCommand {
        @Option(names = "--repair", description = "Create, update and delete event types to match the catalogue.")
        boolean repair;

        @Override
        int run(Wiring wiring, TenantId tenant, PrintWriter out) {
            if (wiring.calComLink().isEmpty()) {
                return noCalCom(out);
            }
            var types = wiring.calComLink().get().calendar().segmentEventTypes();
            if (repair) {
                var services = wiring.engine().catalogue().services(tenant);
                for (Branch b : wiring.engine().catalogue().branches(tenant)) {
                    CalendarOutcome<EnsureReport> e = types.ensure(tenant, b.id(), services);
                    if (!(e instanceof CalendarOutcome.Done<EnsureReport> d)) {
                        out.printf("repair of branch %s failed: %s%n", b.id(), e);
                        return 1;
                    }
                    out.printf("branch %s: %d created, %d updated, %d deleted%n", b.id(), d.value().created().size(),
                            d.value().updated().size(), d.value().deleted().size());
                }
            }
            CalendarOutcome<DriftReport> o = types.driftCheck(tenant);
            if (!(o instanceof CalendarOutcome.Done<DriftReport> d)) {
                out.printf("drift check failed: %s%n", o);
                return 1;
            }
            DriftReport r = d.value();
            out.printf("segment event types of tenant %s: %s (%d missing, %d extra, %d changed)%n", tenant,
                    r.isClean() ? "in line" : "DRIFTED", r.missing().size(), r.extra().size(), r.changed().size());
            r.missing().forEach(t -> out.printf("  missing %s (%d)%n", t.slug(), t.eventTypeId()));
            r.extra().forEach(t -> out.printf("  extra   %s (%d)%n", t.slug(), t.eventTypeId()));
            r.changed().forEach(c -> out.printf("  changed %s: %s%n", c.mapped().slug(), c.fields()));
            return r.isClean() ? 0 : 1;
        }
    }

    @Command(name = "connect", description = "Store the tenant's Cal.com connection (secrets sealed with the master "
            + "key); asks for the API key and webhook secret when not given.")
    static final class Connect extends TenantCommand {
        @Option(names = "--api-key", interactive = true, arity = "0..1", required = true,
                description = "Cal.com API key (cal_...).")
        String apiKey;

        @Option(names = "--webhook-secret", interactive = true, arity = "0..1", required = true,
                description = "Secret of the Cal.com webhook.")
        String webhookSecret;

        @Option(names = "--base-url", defaultValue = "https://api.cal.com", description = "API root.")
        String baseUrl;

        @Option(names = "--event-types", defaultValue = "", description = "Mapping, e.g. staff:maria=101@maria.")
        String eventTypes;

        @Option(names = "--username", description = "Cal.com user owning the segment event types.")
        String username;

        @Override
        int run(Wiring wiring, TenantId tenant, PrintWriter out) {
            if (wiring.calComLink().isEmpty()) {
                return noCalCom(out);
            }
            try {
                var c = wiring.calComLink().get().calendars().connect(tenant, apiKey, webhookSecret, baseUrl,
                        eventTypes, java.util.Optional.ofNullable(username));
                out.printf("tenant %s connected to %s (sealed with key %s); webhook URL path %s%s%n", tenant,
                        c.baseUrl(), c.apiKey().keyId(), "/v1/calcom/webhooks/", tenant);
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                out.printf("refused: %s%n", e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "rotate-key", description = "Re-seal every stored Cal.com secret with the current master key.")
    static final class RotateKey extends TerminCommand.Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Wiring wiring = Wiring.fromEnv(root.env)) {
                if (wiring.calComLink().isEmpty()) {
                    return TenantCommand.noCalCom(root.out);
                }
                try {
                    int n = wiring.calComLink().get().calendars().rotate();
                    root.out.printf("%d connections re-sealed with the current master key%n", n);
                    return 0;
                } catch (IllegalStateException e) {
                    root.out.printf("rotation failed: %s%n", e.getMessage());
                    return 1;
                } finally {
                    root.out.flush();
                }
            }
        }
    }
}
