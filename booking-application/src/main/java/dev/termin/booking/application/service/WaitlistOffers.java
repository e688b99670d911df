package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistMatcher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waitlist offer chain. A freed slot is held for the best-matching entry (priority, then first come) for the
 * tenant's offer window (at most until the slot starts); the hold's owner is {@code waitlist:<entry>:<SHA-256 of the offer secret>}, and the
 * customer gets the offer code {@code wo_<hold token>_<secret>} through the outbox (the only place the secret is
 * kept in the clear, until the message is sent). Confirming the code converts the hold into the entry's
 * appointment; when the hold expires unanswered, the entry waits again and the slot goes to the next entry.
 * Thread-safe.
 */
final class WaitlistOffers {

    private static final String OWNER_PREFIX = "waitlist:";
    /** Outbox messages name an appointment; an offer has none yet, so it names its entry with this prefix. */
    private static final String SUBJECT_PREFIX = "waitlist-";
    private static final Pattern CODE = Pattern.compile("wo_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})");

    /** A due offer message, ready to send. */
    record Due(TenantId tenant, String correlationId, Notification notification) {
    }

    private final CatalogueRepository catalogue;
    private final WaitlistRepository waitlist;
    private final HoldRepository holdStore;
    private final HoldService holds;
    private final Outbox outbox;
    private final BookingSupport support;
    private final Notifications notifications;
    private final WebhookService webhooks;
    private final FlowRecorder flow;
    private final IdGenerator ids;
    private final Clock clock;
    private final BookingMetrics metrics;

    WaitlistOffers(CatalogueRepository catalogue, WaitlistRepository waitlist, HoldRepository holdStore,
            HoldService holds, Outbox outbox, BookingSupport support, Notifications notifications,
            WebhookService webhooks, FlowRecorder flow, IdGenerator ids, Clock clock, BookingMetrics metrics) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
        this.holdStore = holdStore;
        this.holds = holds;
        this.outbox = outbox;
        this.support = support;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.flow = flow;
        this.ids = ids;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The entry a waitlist hold was placed for, if {@code hold} is one. */
    static Optional<WaitlistEntryId> entryOf(Hold hold) {
        String owner = hold.owner();
        if (!owner.startsWith(OWNER_PREFIX) || owner.lastIndexOf(':') <= OWNER_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(new WaitlistEntryId(owner.substring(OWNER_PREFIX.length(), owner.lastIndexOf(':'))));
    }

    /** Holds {@code slot} for the best entry other than {@code lapsed}, and queues its offer; no match: nothing. */
    void offer(TenantId tenant, BranchId branchId, ServiceId service, StaffId staff, TimeInterval slot,
            String correlationId, Optional<WaitlistEntryId> lapsed) {
        Optional<Branch> branch = catalogue.findBranch(tenant, branchId);
        if (branch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        var policy = support.policy(tenant, service);
        List<WaitlistEntry> matches = WaitlistMatcher.match(waitlist.listOpen(tenant, Optional.of(service)), service,
                staff, slot, branch.get().zone(), now, policy.waitlistOfferWindow()).stream()
                .filter(e -> lapsed.map(id -> !id.equals(e.id())).orElse(true)).toList();
        if (matches.isEmpty()) {
            return;
        }
        WaitlistEntry entry = matches.get(0);
        HoldToken token = new HoldToken(ids.newId());
        String secret = Secrets.newOfferSecret();
        String code = "wo_" + token.value() + "_" + secret;
        String owner = OWNER_PREFIX + entry.id().value() + ":" + Secrets.hash(secret);
        SlotRequest request = new SlotRequest(tenant, Optional.of(branchId), service, Optional.of(staff));
        // held for the offer window, but never past the start: an offer nobody can take any more is no offer
        Duration window = policy.waitlistOfferWindow();
        Duration untilStart = Duration.between(now, slot.start());
        if (untilStart.isNegative() || untilStart.isZero()) {
            return;
        }
        Duration lifetime = untilStart.compareTo(window) < 0 ? untilStart : window;
        Result<Hold> held = holds.place(request, slot.start(), owner, Optional.of(lifetime),
                token, correlationId, hold -> {
                    waitlist.save(entry.offer(slot, now));
                    outbox.enqueue(OutboxMessage.of(ids.newId(), tenant, OutboxMessage.Kind.NOTIFY_WAITLIST_OFFER,
                            AppointmentId.of(SUBJECT_PREFIX + entry.id().value()),
                            entry.id().value() + " " + code + " " + correlationId, now));
                    webhooks.publish(tenant, WebhookEvent.WAITLIST_OFFERED, WebhookPayloads.waitlistOffer(entry, hold));
                });
        if (held instanceof Result.Failure<Hold> f) {
            flow.record(tenant, correlationId, "waitlist.not_offered", f.code().code());
            return;
        }
        metrics.increment("termin.waitlist.offers");
        flow.record(tenant, correlationId, "waitlist.offered", "entry " + entry.id() + " hold " + token);
    }

    /** The offer message to send for {@code m}, or empty when it is moot (the hold expired, was used or is gone). */
    Optional<Due> due(OutboxMessage m) {
        String[] parts = m.payload().split(" ", 3);
        Matcher code = parts.length == 3 ? CODE.matcher(parts[1]) : null;
        if (code == null || !code.matches()) {
            return Optional.empty();
        }
        Optional<WaitlistEntry> entry = waitlist.find(m.tenant(), new WaitlistEntryId(parts[0]));
        Optional<Hold> hold = holdStore.find(m.tenant(), new HoldToken(UUID.fromString(code.group(1))));
        if (entry.isEmpty() || hold.isEmpty() || !hold.get().isActiveAt(clock.instant())) {
            return Optional.empty();
        }
        Optional<Branch> branch = catalogue.findBranch(m.tenant(), hold.get().branch());
        return branch.map(b -> new Due(m.tenant(), parts[2], notifications.waitlistOffer(entry.get(),
                hold.get().interval(), b, parts[2], parts[1], hold.get().expiresAt())));
    }

    /** Books the held slot for the entry whose offer code this is. */
    Result<Appointment> confirm(TenantId tenant, String offerCode, String correlationId) {
        Matcher code = CODE.matcher(offerCode == null ? "" : offerCode.strip());
        Result<Appointment> unknown = Result.failure(ErrorCode.RESERVATION_NOT_FOUND,
                "There is no waitlist offer with this code.");
        if (!code.matches()) {
            return unknown;
        }
        HoldToken token = new HoldToken(UUID.fromString(code.group(1)));
        Optional<Hold> hold = holdStore.find(tenant, token);
        Optional<WaitlistEntryId> entryId = hold.flatMap(WaitlistOffers::entryOf);
        if (entryId.isEmpty() || !MessageDigest.isEqual(hold.get().owner().substring(hold.get().owner()
                .lastIndexOf(':') + 1).getBytes(StandardCharsets.US_ASCII),
                Secrets.hash(code.group(2)).getBytes(StandardCharsets.US_ASCII))) {
            return unknown;
        }
        Optional<WaitlistEntry> entry = waitlist.find(tenant, entryId.get());
        if (entry.isEmpty()) {
            return unknown;
        }
        Result<Appointment> booked = holds.confirm(new ConfirmHoldCommand(tenant, token, hold.get().owner(),
                entry.get().customer(), "", Source.WEB, correlationId));
        if (booked.isSuccess()) {
            waitlist.save(entry.get().remove());
            flow.record(tenant, correlationId, "waitlist.booked", "entry " + entry.get().id());
        }
        return booked;
    }
}
