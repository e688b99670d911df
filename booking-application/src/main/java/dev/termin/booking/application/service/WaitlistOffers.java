package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.in.WaitlistOffer;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.CustomerPages;
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
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.FreedSlot;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistMatcher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waitlist offer chain. A freed slot is held for the best-matching entry (priority, then first come) for the
 * tenant's offer window (at most until the slot starts); the hold's owner is {@code waitlist:<entry>:<SHA-256 of the offer secret>}, and the
 * customer gets the offer code {@code wo_<hold token>_<secret>} through the outbox (the only place the secret is
 * kept in the clear, until the message is sent). Confirming the code converts the hold into the entry's
 * appointment, once; declining it releases the hold. When the hold expires unanswered or is declined, the entry waits
 * again and the slot goes to the next entry. Entries that accept a compatible service get the freed time for their
 * own service.
 * Thread-safe.
 */
final class WaitlistOffers {

    private static final String OWNER_PREFIX = "waitlist:";
    /** Outbox messages name an appointment; an offer has none yet, so it names its entry with this prefix. */
    private static final String SUBJECT_PREFIX = "waitlist-";
    private static final Pattern CODE = Pattern.compile("wo_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})");
    /** How many matching entries are tried when the time cannot be held for the first. */
    private static final int MAX_ATTEMPTS = 5;

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
    private final CustomerPages pages;

    WaitlistOffers(CatalogueRepository catalogue, WaitlistRepository waitlist, HoldRepository holdStore,
            HoldService holds, Outbox outbox, BookingSupport support, Notifications notifications,
            WebhookService webhooks, FlowRecorder flow, IdGenerator ids, Clock clock, BookingMetrics metrics,
            CustomerPages pages) {
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
        this.pages = pages;
    }

    /** The entry a waitlist hold was placed for, if {@code hold} is one. */
    static Optional<WaitlistEntryId> entryOf(Hold hold) {
        String owner = hold.owner();
        if (!owner.startsWith(OWNER_PREFIX) || owner.lastIndexOf(':') <= OWNER_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(new WaitlistEntryId(owner.substring(OWNER_PREFIX.length(), owner.lastIndexOf(':'))));
    }

    /**
     * Holds {@code slot} for the best entry other than {@code lapsed} and queues its offer; when the time cannot be
     * held for that entry (its compatible service needs a buffer the time lacks, say), the next one is tried, up to
     * {@value #MAX_ATTEMPTS} entries. No match: nothing.
     */
    void offer(TenantId tenant, BranchId branchId, ServiceId service, StaffId staff, TimeInterval slot,
            String correlationId, Optional<WaitlistEntryId> lapsed) {
        Optional<Branch> branch = catalogue.findBranch(tenant, branchId);
        Instant now = clock.instant();
        // an offer nobody can take any more is no offer
        if (branch.isEmpty() || !slot.start().isAfter(now)) {
            return;
        }
        FreedSlot freed = catalogue.findStaff(tenant, staff)
                .map(member -> FreedSlot.of(service, member, slot, catalogue.listServices(tenant)))
                .orElseGet(() -> new FreedSlot(service, staff, slot, Set.of()));
        List<WaitlistEntry> matches = WaitlistMatcher.match(waitlist.listOpen(tenant, Optional.empty()), freed,
                branch.get().zone(), now, support.policy(tenant, service).waitlistOfferWindow()).stream()
                .filter(e -> e.branch().equals(branchId))
                .filter(e -> lapsed.map(id -> !id.equals(e.id())).orElse(true))
                .limit(MAX_ATTEMPTS).toList();
        for (WaitlistEntry entry : matches) {
            if (offerTo(entry, branchId, staff, slot, correlationId, now)) {
                return;
            }
        }
    }

    /** Holds the freed time for {@code entry}'s own service; false when it cannot be held for it. */
    private boolean offerTo(WaitlistEntry entry, BranchId branchId, StaffId staff, TimeInterval slot,
            String correlationId, Instant now) {
        TenantId tenant = entry.tenant();
        HoldToken token = new HoldToken(ids.newId());
        String secret = Secrets.newOfferSecret();
        String code = "wo_" + token.value() + "_" + secret;
        String owner = OWNER_PREFIX + entry.id().value() + ":" + Secrets.hash(secret);
        SlotRequest request = new SlotRequest(tenant, Optional.of(branchId), entry.service(), Optional.of(staff));
        // held for the offer window, but never past the start
        Duration window = support.policy(tenant, entry.service()).waitlistOfferWindow();
        Duration untilStart = Duration.between(now, slot.start());
        Duration lifetime = untilStart.compareTo(window) < 0 ? untilStart : window;
        Result<Hold> held = holds.place(request, slot.start(), owner, Optional.of(lifetime),
                token, correlationId, hold -> {
                    waitlist.save(entry.offer(hold.interval(), now));
                    outbox.enqueue(OutboxMessage.of(ids.newId(), tenant, OutboxMessage.Kind.NOTIFY_WAITLIST_OFFER,
                            AppointmentId.of(SUBJECT_PREFIX + entry.id().value()),
                            entry.id().value() + " " + code + " " + correlationId, now));
                    webhooks.publish(tenant, WebhookEvent.WAITLIST_OFFERED, WebhookPayloads.waitlistOffer(entry, hold));
                });
        if (held instanceof Result.Failure<Hold> f) {
            flow.record(tenant, correlationId, "waitlist.not_offered", "entry " + entry.id() + " " + f.code().code());
            return false;
        }
        metrics.increment("termin.waitlist.offers");
        flow.record(tenant, correlationId, "waitlist.offered", "entry " + entry.id() + " hold " + token);
        return true;
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
                hold.get().interval(), b, parts[2], parts[1], hold.get().expiresAt(),
                pages.waitlistOffer(m.tenant(), parts[1]))));
    }

    /**
     * The open offer with this code. An unknown or altered code is {@code reservation_not_found}; an offer that was
     * taken, declined or has lapsed is {@code reservation_expired} with the detail {@code reason} ({@code used},
     * {@code declined}, {@code expired}) and, when the customer joined from one, {@code bookingPage}.
     */
    Result<WaitlistOffer> find(TenantId tenant, String offerCode) {
        Matcher code = CODE.matcher(offerCode == null ? "" : offerCode.strip());
        Result<WaitlistOffer> unknown = Result.failure(ErrorCode.RESERVATION_NOT_FOUND,
                "There is no waitlist offer with this code.");
        if (!code.matches()) {
            return unknown;
        }
        Optional<Hold> hold = holdStore.find(tenant, new HoldToken(UUID.fromString(code.group(1))));
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
        Hold h = hold.get();
        if (!h.isActiveAt(clock.instant())) {
            String reason = h.status() == HoldStatus.CONVERTED ? "used"
                    : h.status() == HoldStatus.CANCELLED ? "declined" : "expired";
            Map<String, String> details = new TreeMap<>(Map.of("reason", reason));
            entry.get().bookingPage().ifPresent(page -> details.put("bookingPage", page));
            return Result.failure(ErrorCode.RESERVATION_EXPIRED, reason.equals("used")
                    ? "This offer has already been taken." : "This offer is no longer open.", details);
        }
        return Result.ok(new WaitlistOffer(entry.get(), h));
    }

    /** Books the held slot for the entry whose offer code this is; an offer is taken once. */
    Result<Appointment> confirm(TenantId tenant, String offerCode, String correlationId) {
        Result<WaitlistOffer> open = find(tenant, offerCode);
        if (!(open instanceof Result.Success<WaitlistOffer> found)) {
            return ((Result.Failure<WaitlistOffer>) open).cast();
        }
        WaitlistEntry entry = found.value().entry();
        Hold hold = found.value().hold();
        Result<Appointment> booked = holds.confirm(new ConfirmHoldCommand(tenant, hold.token(), hold.owner(),
                entry.customer(), "", Source.WEB, correlationId));
        if (booked.isSuccess()) {
            waitlist.save(entry.remove());
            flow.record(tenant, correlationId, "waitlist.booked", "entry " + entry.id());
        }
        return booked;
    }

    /** Releases the held slot of an open offer the customer turned down; the caller passes the time on. */
    Result<Hold> decline(TenantId tenant, String offerCode, String correlationId) {
        Result<WaitlistOffer> open = find(tenant, offerCode);
        if (!(open instanceof Result.Success<WaitlistOffer> found)) {
            return ((Result.Failure<WaitlistOffer>) open).cast();
        }
        Hold hold = found.value().hold();
        Result<Hold> released = holds.release(tenant, hold.token(), hold.owner(), "waitlist offer declined",
                correlationId);
        if (released.isSuccess()) {
            flow.record(tenant, correlationId, "waitlist.declined", "entry " + found.value().entry().id());
        }
        return released;
    }
}
