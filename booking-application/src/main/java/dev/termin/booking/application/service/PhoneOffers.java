package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneAnswer.Status;
import dev.termin.booking.application.port.in.PhoneWishRequest;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.phone.AppointmentWish;
import dev.termin.booking.domain.phone.DateRange;
import dev.termin.booking.domain.phone.GermanPhrases;
import dev.termin.booking.domain.phone.GermanWishParser;
import dev.termin.booking.domain.phone.WishOffers;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offers for a vague wish: the wish is parsed ({@link GermanWishParser}), the free slots of its days are searched,
 * {@link WishOffers} picks two or three with one staff member (the one free at the best start), and the first is
 * held for the call. A wish without days ("so früh wie möglich") is searched from today over
 * {@link #OPEN_WISH_DAYS} days. Thread-safe.
 */
final class PhoneOffers {

    /** How many days from today a wish without days is searched. */
    static final int OPEN_WISH_DAYS = 28;

    private final PhoneNames names;
    private final FindAvailabilityUseCase availability;
    private final HoldUseCase holds;
    private final Clock clock;

    PhoneOffers(PhoneNames names, FindAvailabilityUseCase availability, HoldUseCase holds, Clock clock) {
        this.names = names;
        this.availability = availability;
        this.holds = holds;
        this.clock = clock;
    }

    PhoneAnswer offer(PhoneWishRequest r) {
        Optional<Branch> branch = names.branch(r.tenant(), r.branch());
        if (branch.isEmpty()) {
            return PhoneAnswer.failed(ErrorCode.MISSING_REQUIRED_FIELD, GermanPhrases.generalError());
        }
        ZoneId zone = branch.get().zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Optional<AppointmentWish> wish = GermanWishParser.parse(r.wunsch(), today);
        if (wish.isEmpty()) {
            return PhoneAnswer.failed(r.wunsch().isBlank() ? ErrorCode.MISSING_REQUIRED_FIELD
                    : ErrorCode.INVALID_DATA, GermanPhrases.wishNotUnderstood());
        }
        Result<Service> service = names.service(r.tenant(), r.dienstleistung());
        if (service instanceof Result.Failure<Service> f) {
            return PhoneNames.answer(f);
        }
        Result<Optional<Staff>> staff = names.staff(r.tenant(), branch.get().id(), r.mitarbeiterWunsch());
        if (staff instanceof Result.Failure<Optional<Staff>> f) {
            return PhoneNames.answer(f);
        }
        SlotRequest request = new SlotRequest(r.tenant(), Optional.of(branch.get().id()), service.orElseThrow().id(),
                staff.orElseThrow().map(Staff::id));
        Result<List<Slot>> free = freeSlots(request, wish.get(), today, r.callId());
        if (free instanceof Result.Failure<List<Slot>> f) {
            return PhoneAnswer.failed(f.code(), f.code() == ErrorCode.SERVICE_UNAVAILABLE
                    ? GermanPhrases.generalError() : GermanPhrases.noOffers());
        }
        List<Slot> offered = pick(wish.get(), free.orElseThrow(), zone);
        for (int i = 0; i < offered.size(); i++) {
            Slot first = offered.get(i);
            Result<Hold> hold = holds.hold(new HoldCommand(request.withStaff(first.staff()), first.start(),
                    r.callId(), Optional.empty(), r.correlationId()));
            if (hold instanceof Result.Success<Hold> held) {
                List<Slot> inOrder = new ArrayList<>(offered.subList(i, offered.size()));
                List<Instant> starts = inOrder.stream().map(Slot::start).toList();
                String sentence = GermanPhrases.offers(starts, zone, today, wish.get().dayPart(),
                        names.staffName(r.tenant(), first.staff()));
                return new PhoneAnswer(Status.OFFERED, Optional.empty(), sentence, Optional.of(held.value()),
                        Optional.empty(), inOrder);
            }
        }
        return new PhoneAnswer(Status.UNAVAILABLE, Optional.of(ErrorCode.SLOT_UNAVAILABLE), GermanPhrases.noOffers(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** The free slots on the wish's days from today on (the call's own holds do not block). */
    Result<List<Slot>> freeSlots(SlotRequest request, AppointmentWish wish, LocalDate today, String callId) {
        DateRange days = wish.dates().orElse(new DateRange(today, today.plusDays(OPEN_WISH_DAYS - 1)));
        LocalDate first = days.first().isBefore(today) ? today : days.first();
        if (days.last().isBefore(first)) {
            return Result.ok(List.of());
        }
        return availability.findSlots(request, first, days.last(), Optional.of(callId));
    }

    /**
     * Up to {@link GermanPhrases#MAX_ALTERNATIVES} slots for the wish, all with the staff member free at the best
     * start, so that one sentence can name one person.
     */
    static List<Slot> pick(AppointmentWish wish, List<Slot> free, ZoneId zone) {
        List<Instant> best = WishOffers.pick(wish, free.stream().map(Slot::start).toList(), zone,
                GermanPhrases.MAX_ALTERNATIVES);
        if (best.isEmpty()) {
            return List.of();
        }
        StaffId staff = free.stream().filter(s -> s.start().equals(best.get(0))).findFirst().orElseThrow().staff();
        List<Slot> own = free.stream().filter(s -> s.staff().equals(staff)).toList();
        List<Instant> picked = WishOffers.pick(wish, own.stream().map(Slot::start).toList(), zone,
                GermanPhrases.MAX_ALTERNATIVES);
        return picked.stream().map(start -> own.stream().filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow()).toList();
    }
}
