package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneAnswer.Status;
import dev.termin.booking.application.port.in.PhoneAppointmentAnswer;
import dev.termin.booking.application.port.in.PhoneBookingUseCase;
import dev.termin.booking.application.port.in.PhoneCallerRequest;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.application.port.in.PhoneWishRequest;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.phone.GermanDateParser;
import dev.termin.booking.domain.phone.GermanPhrases;
import dev.termin.booking.domain.phone.GermanTimeParser;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Booking by phone: understands the assistant's German fields, holds the asked time for the call, offers the
 * nearest alternatives when it is taken, and books; vague wishes go to {@link PhoneOffers}, a caller's own
 * appointments to {@link PhoneAppointments}. Every answer carries a sentence to read out. Thread-safe.
 */
final class PhoneBookingService implements PhoneBookingUseCase {

    private static final int ALTERNATIVES = GermanPhrases.MAX_ALTERNATIVES;

    private final CatalogueRepository catalogue;
    private final HoldRepository holdRepository;
    private final Clock clock;
    private final String defaultCountryCode;
    private final FindAvailabilityUseCase availability;
    private final HoldUseCase holds;
    private final AppointmentUseCase appointments;
    private final PhoneNames names;
    private final PhoneOffers offers;
    private final PhoneAppointments callers;

    PhoneBookingService(CatalogueRepository catalogue, HoldRepository holdRepository, Clock clock,
            String defaultCountryCode, FindAvailabilityUseCase availability, HoldUseCase holds,
            AppointmentUseCase appointments, BookingSupport support) {
        this.catalogue = catalogue;
        this.holdRepository = holdRepository;
        this.clock = clock;
        this.defaultCountryCode = defaultCountryCode;
        this.availability = availability;
        this.holds = holds;
        this.appointments = appointments;
        this.names = new PhoneNames(catalogue);
        this.offers = new PhoneOffers(names, availability, holds, clock);
        this.callers = new PhoneAppointments(names, offers, appointments, support, clock, defaultCountryCode);
    }

    @Override
    public PhoneAnswer offer(PhoneWishRequest request) {
        try (var m = LogContext.correlation(request.correlationId())) {
            return offers.offer(request);
        }
    }

    @Override
    public PhoneAppointmentAnswer findAppointments(PhoneCallerRequest request) {
        try (var m = LogContext.correlation(request.correlationId())) {
            return callers.find(request);
        }
    }

    @Override
    public PhoneAppointmentAnswer cancel(PhoneCallerRequest request) {
        try (var m = LogContext.correlation(request.correlationId())) {
            return callers.cancel(request);
        }
    }

    @Override
    public PhoneAppointmentAnswer move(PhoneCallerRequest request) {
        try (var m = LogContext.correlation(request.correlationId())) {
            return callers.move(request);
        }
    }

    /** What the fields resolved to. */
    private record Understood(Branch branch, Service service, Optional<Staff> staff, Instant start) {
        SlotRequest slot(PhoneRequest r) {
            return new SlotRequest(r.tenant(), Optional.of(branch.id()), service.id(), staff.map(Staff::id));
        }
    }

    @Override
    public PhoneAnswer checkAvailability(PhoneRequest r) {
        try (var m = LogContext.correlation(r.correlationId())) {
            Result<Understood> understood = understand(r);
            if (understood instanceof Result.Failure<Understood> f) {
                return PhoneNames.answer(f);
            }
            Understood u = understood.orElseThrow();
            Result<Hold> hold = holds.hold(new HoldCommand(u.slot(r), u.start(), r.callId(), Optional.empty(),
                    r.correlationId()));
            if (hold instanceof Result.Success<Hold> s) {
                Hold h = s.value();
                String sentence = GermanPhrases.available(u.service().name(), staffName(r, h.staff()), h.interval()
                        .start(), u.branch().zone(), Duration.between(h.createdAt(), h.expiresAt()));
                return new PhoneAnswer(Status.AVAILABLE, Optional.empty(), sentence, Optional.of(h),
                        Optional.empty(), List.of());
            }
            return unavailable(r, u, (Result.Failure<Hold>) hold);
        }
    }

    @Override
    public PhoneAnswer book(PhoneRequest r) {
        try (var m = LogContext.correlation(r.correlationId())) {
            Result<Customer> customer = customer(r);
            if (customer instanceof Result.Failure<Customer> f) {
                return PhoneAnswer.failed(f.code(), f.message());
            }
            Optional<Hold> hold = r.holdToken().isPresent()
                    ? holds.find(r.tenant(), r.holdToken().get()) instanceof Result.Success<Hold> s
                            ? Optional.of(s.value()) : Optional.empty()
                    : Optional.empty();
            if (r.holdToken().isPresent() && hold.isEmpty()) {
                return PhoneAnswer.failed(ErrorCode.RESERVATION_NOT_FOUND, GermanPhrases.reservationExpired());
            }
            Result<Understood> understood = understand(r);
            if (hold.isEmpty()) {
                if (understood instanceof Result.Failure<Understood> f) {
                    return PhoneNames.answer(f);
                }
                hold = callsHold(r, understood.orElseThrow());
            }
            Result<Appointment> booked;
            if (hold.isPresent()) {
                booked = holds.confirm(new ConfirmHoldCommand(r.tenant(), hold.get().token(), r.callId(),
                        customer.orElseThrow(), "", Source.PHONE, r.correlationId()));
            } else {
                Understood u = understood.orElseThrow();
                booked = appointments.book(new BookCommand(u.slot(r), u.start(), customer.orElseThrow(), "",
                        Source.PHONE, Optional.of(r.callId()), Optional.of("phone:" + r.callId() + ":" + u.start()),
                        r.correlationId()));
            }
            if (booked instanceof Result.Success<Appointment> s) {
                Appointment a = s.value();
                Branch branch = catalogue.findBranch(r.tenant(), a.branch()).orElseThrow();
                String service = catalogue.findService(r.tenant(), a.service()).map(Service::name)
                        .orElse("Ihren Termin");
                return new PhoneAnswer(Status.BOOKED, Optional.empty(), GermanPhrases.booked(service,
                        staffName(r, a.staff()), a.interval().start(), branch.zone()), hold, Optional.of(a),
                        List.of());
            }
            Result.Failure<Appointment> f = (Result.Failure<Appointment>) booked;
            if (f.code() == ErrorCode.RESERVATION_EXPIRED) {
                return new PhoneAnswer(Status.FAILED, Optional.of(f.code()), GermanPhrases.reservationExpired(),
                        hold, Optional.empty(), List.of());
            }
            if (understood instanceof Result.Success<Understood> u
                    && (f.code() == ErrorCode.SLOT_UNAVAILABLE || f.code() == ErrorCode.POLICY_VIOLATION)) {
                return unavailable(r, u.value(), f.cast());
            }
            return PhoneAnswer.failed(f.code(), sentenceFor(f));
        }
    }

    /** The call's own active hold at the asked time, if it has one. */
    private Optional<Hold> callsHold(PhoneRequest r, Understood u) {
        List<StaffId> staff = u.staff().map(s -> List.of(s.id())).orElseGet(() ->
                catalogue.listStaff(r.tenant(), u.branch().id()).stream().map(Staff::id).toList());
        Instant now = clock.instant();
        return holdRepository.findActiveOccupying(r.tenant(), staff,
                        TimeInterval.of(u.start(), u.service().duration()), now)
                .stream().filter(h -> h.owner().equals(r.callId()) && h.interval().start().equals(u.start())
                        && h.service().equals(u.service().id()))
                .findFirst();
    }

    private PhoneAnswer unavailable(PhoneRequest r, Understood u, Result.Failure<?> why) {
        Result<List<Slot>> nearest = availability.nearest(u.slot(r), u.start(), ALTERNATIVES, Optional.of(r.callId()));
        List<Slot> alternatives = nearest instanceof Result.Success<List<Slot>> s ? s.value() : List.of();
        List<Instant> starts = alternatives.stream().map(Slot::start).toList();
        String sentence = starts.isEmpty() ? GermanPhrases.nothingAvailableNearby(u.start(), u.branch().zone())
                : GermanPhrases.notAvailable(u.start(), u.branch().zone(), starts);
        // a resource or a daily limit is worth saying: the caller learns why, not just that the time is taken
        Optional<String> reason = GermanPhrases.reason(Arrays.asList(why.details().getOrDefault("reasons", "")
                .split(",")));
        if (reason.isPresent()) {
            sentence = reason.get() + " " + sentence;
        }
        return new PhoneAnswer(Status.UNAVAILABLE, Optional.of(why.code()), sentence, Optional.empty(),
                Optional.empty(), alternatives);
    }

    private Result<Understood> understand(PhoneRequest r) {
        Optional<Branch> branch = names.branch(r.tenant(), r.branch());
        if (branch.isEmpty()) {
            return Result.failure(ErrorCode.MISSING_REQUIRED_FIELD, GermanPhrases.generalError());
        }
        var zone = branch.get().zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Optional<LocalDate> date = GermanDateParser.parse(r.datum(), today);
        if (date.isEmpty()) {
            return Result.failure(r.datum().isEmpty() ? ErrorCode.MISSING_REQUIRED_FIELD : ErrorCode.INVALID_DATA,
                    GermanPhrases.dateNotUnderstood());
        }
        Optional<LocalTime> time = GermanTimeParser.parse(r.uhrzeit());
        if (time.isEmpty()) {
            return Result.failure(r.uhrzeit().isEmpty() ? ErrorCode.MISSING_REQUIRED_FIELD : ErrorCode.INVALID_DATA,
                    GermanPhrases.timeNotUnderstood());
        }
        Result<Service> service = names.service(r.tenant(), r.dienstleistung());
        if (service instanceof Result.Failure<Service> f) {
            return f.cast();
        }
        Result<Optional<Staff>> staff = names.staff(r.tenant(), branch.get().id(), r.mitarbeiterWunsch());
        if (staff instanceof Result.Failure<Optional<Staff>> f) {
            return f.cast();
        }
        LocalDateTime local = date.get().atTime(time.get());
        ZonedDateTime zoned = local.atZone(zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            return Result.failure(ErrorCode.INVALID_DATA, GermanPhrases.timeNotUnderstood());
        }
        return Result.ok(new Understood(branch.get(), service.orElseThrow(), staff.orElseThrow(), zoned.toInstant()));
    }

    private Result<Customer> customer(PhoneRequest r) {
        if (r.name().isEmpty()) {
            return Result.failure(ErrorCode.MISSING_REQUIRED_FIELD, "Wie ist Ihr Name, bitte?");
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(r.telefonnummer(), defaultCountryCode);
        if (phone.isEmpty()) {
            return Result.failure(r.telefonnummer().isEmpty() ? ErrorCode.MISSING_REQUIRED_FIELD
                    : ErrorCode.INVALID_DATA, GermanPhrases.missingPhoneNumber());
        }
        Optional<EmailAddress> email = Optional.empty();
        if (!r.email().isEmpty()) {
            try {
                email = Optional.of(new EmailAddress(r.email()));
            } catch (IllegalArgumentException e) {
                return Result.failure(ErrorCode.INVALID_DATA,
                        "Die E-Mail-Adresse habe ich nicht verstanden. Können Sie sie bitte buchstabieren?");
            }
        }
        return Result.ok(new Customer(r.name(), phone, email));
    }

    private String staffName(PhoneRequest r, StaffId id) {
        return names.staffName(r.tenant(), id);
    }

    private static String sentenceFor(Result.Failure<?> f) {
        return switch (f.code()) {
            case RESERVATION_EXPIRED, RESERVATION_NOT_FOUND, RESERVATION_OWNER_MISMATCH ->
                    GermanPhrases.reservationExpired();
            default -> GermanPhrases.generalError();
        };
    }
}
