package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.PhoneAppointmentAnswer;
import dev.termin.booking.application.port.in.PhoneAppointmentAnswer.Status;
import dev.termin.booking.application.port.in.PhoneCallerRequest;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.phone.AppointmentWish;
import dev.termin.booking.domain.phone.GermanAppointmentPhrases;
import dev.termin.booking.domain.phone.GermanPhrases;
import dev.termin.booking.domain.phone.GermanWishParser;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A caller's own appointments by phone: only appointments whose customer number equals the calling number
 * (normalised to E.164) are seen or changed, so another number gets "no appointment" and never learns whether one
 * exists. Cancel and move check the booking policy first and refuse in German; both read the appointment back and
 * act only on a second request carrying the read-back's {@link ConfirmationTokens token}. Thread-safe.
 */
final class PhoneAppointments {

    /** How far ahead a caller's appointments are looked up; beyond any salon's booking window. */
    static final Duration LOOKAHEAD = Duration.ofDays(400);
    private static final String CANCEL_REASON = "Am Telefon abgesagt";

    private final PhoneNames names;
    private final PhoneOffers offers;
    private final AppointmentUseCase appointments;
    private final BookingSupport support;
    private final Clock clock;
    private final String defaultCountryCode;

    PhoneAppointments(PhoneNames names, PhoneOffers offers, AppointmentUseCase appointments, BookingSupport support,
            Clock clock, String defaultCountryCode) {
        this.names = names;
        this.offers = offers;
        this.appointments = appointments;
        this.support = support;
        this.clock = clock;
        this.defaultCountryCode = defaultCountryCode;
    }

    /** Which of the caller's appointments a request is about, or the answer to give instead. */
    private sealed interface Target {
        record Found(Appointment appointment, PhoneNumber caller, List<Appointment> all, ZoneId zone)
                implements Target {
        }

        record Answer(PhoneAppointmentAnswer answer) implements Target {
        }
    }

    PhoneAppointmentAnswer find(PhoneCallerRequest r) {
        Target target = target(r);
        if (target instanceof Target.Answer a) {
            return a.answer();
        }
        Target.Found f = (Target.Found) target;
        Appointment a = f.appointment();
        return PhoneAppointmentAnswer.done(Status.FOUND, GermanAppointmentPhrases.nextAppointment(
                names.serviceName(r.tenant(), a.service()), names.staffName(r.tenant(), a.staff()),
                a.interval().start(), f.zone()), f.all());
    }

    PhoneAppointmentAnswer cancel(PhoneCallerRequest r) {
        Target target = target(r);
        if (target instanceof Target.Answer a) {
            return a.answer();
        }
        Target.Found f = (Target.Found) target;
        Appointment a = f.appointment();
        Instant start = a.interval().start();
        BookingPolicy policy = support.policy(r.tenant(), a.service());
        if (policy.checkCancellation(start, clock.instant()) instanceof Result.Failure<Void>) {
            return refused(GermanAppointmentPhrases.cancellationDeadlinePassed(policy.cancellationDeadline()));
        }
        String token = ConfirmationTokens.cancel(r.tenant(), a, f.caller());
        if (!r.confirmation().map(token::equals).orElse(false)) {
            return new PhoneAppointmentAnswer(Status.CONFIRM, Optional.empty(), GermanAppointmentPhrases.confirmCancel(
                    names.serviceName(r.tenant(), a.service()), names.staffName(r.tenant(), a.staff()), start,
                    f.zone()), List.of(a), Optional.of(token), Optional.empty());
        }
        Result<Appointment> cancelled = appointments.cancel(new CancelCommand(r.tenant(), a.id(), CANCEL_REASON,
                false, r.correlationId()));
        if (cancelled instanceof Result.Success<Appointment> s) {
            return PhoneAppointmentAnswer.done(Status.CANCELLED, GermanAppointmentPhrases.cancelled(start, f.zone()),
                    List.of(s.value()));
        }
        Result.Failure<Appointment> failure = (Result.Failure<Appointment>) cancelled;
        return failure.code() == ErrorCode.POLICY_VIOLATION
                ? refused(GermanAppointmentPhrases.cancellationDeadlinePassed(policy.cancellationDeadline()))
                : PhoneAppointmentAnswer.failed(Status.FAILED, failure.code(), GermanPhrases.generalError());
    }

    PhoneAppointmentAnswer move(PhoneCallerRequest r) {
        Target target = target(r);
        if (target instanceof Target.Answer a) {
            return a.answer();
        }
        Target.Found f = (Target.Found) target;
        Appointment a = f.appointment();
        BookingPolicy policy = support.policy(r.tenant(), a.service());
        if (policy.checkReschedule(a.interval().start(), a.rescheduleCount(), clock.instant())
                instanceof Result.Failure<Void> no) {
            return refused(rescheduleRefusal(policy, no));
        }
        Optional<Instant> confirmed = r.confirmation().flatMap(t -> ConfirmationTokens.movedTo(t, r.tenant(), a,
                f.caller()));
        if (confirmed.isPresent()) {
            return moveNow(r, f, policy, confirmed.get());
        }
        LocalDate today = clock.instant().atZone(f.zone()).toLocalDate();
        Optional<AppointmentWish> wish = GermanWishParser.parse(r.wunsch(), today);
        if (wish.isEmpty()) {
            return PhoneAppointmentAnswer.failed(Status.FAILED, r.wunsch().isBlank()
                    ? ErrorCode.MISSING_REQUIRED_FIELD : ErrorCode.INVALID_DATA, GermanPhrases.wishNotUnderstood());
        }
        SlotRequest request = new SlotRequest(r.tenant(), Optional.of(a.branch()), a.service(),
                Optional.of(a.staff()));
        List<Slot> free = offers.freeSlots(request, wish.get(), today, r.callId()) instanceof Result.Success<List<Slot>> s
                ? s.value() : List.of();
        List<Slot> picked = PhoneOffers.pick(wish.get(), free, f.zone());
        if (picked.isEmpty()) {
            return PhoneAppointmentAnswer.failed(Status.FAILED, ErrorCode.SLOT_UNAVAILABLE, GermanPhrases.noOffers());
        }
        Instant to = picked.get(0).start();
        return new PhoneAppointmentAnswer(Status.CONFIRM, Optional.empty(), GermanAppointmentPhrases.confirmMove(
                names.serviceName(r.tenant(), a.service()), names.staffName(r.tenant(), a.staff()),
                a.interval().start(), to, f.zone()), List.of(a),
                Optional.of(ConfirmationTokens.move(r.tenant(), a, f.caller(), to)), Optional.of(to));
    }

    private PhoneAppointmentAnswer moveNow(PhoneCallerRequest r, Target.Found f, BookingPolicy policy, Instant to) {
        Appointment a = f.appointment();
        Result<Appointment> moved = appointments.reschedule(new RescheduleCommand(r.tenant(), a.id(), to,
                Optional.empty(), false, r.correlationId()));
        if (moved instanceof Result.Success<Appointment> s) {
            return PhoneAppointmentAnswer.done(Status.MOVED, GermanAppointmentPhrases.moved(
                    names.serviceName(r.tenant(), a.service()), names.staffName(r.tenant(), a.staff()), to,
                    f.zone()), List.of(s.value()));
        }
        Result.Failure<Appointment> failure = (Result.Failure<Appointment>) moved;
        if (failure.code() == ErrorCode.POLICY_VIOLATION) {
            return refused(switch (failure.details().getOrDefault("policy", "")) {
                case "minimumNotice" -> GermanAppointmentPhrases.bookingNoticeTooShort(policy.minimumNotice());
                case "maximumAdvance" -> GermanAppointmentPhrases.bookingTooFarAhead(
                        (int) Math.max(1, policy.maximumAdvance().toDays()));
                default -> rescheduleRefusal(policy, failure);
            });
        }
        return PhoneAppointmentAnswer.failed(Status.FAILED, failure.code(), failure.code() == ErrorCode.SLOT_UNAVAILABLE
                ? GermanPhrases.noOffers() : GermanPhrases.generalError());
    }

    private static String rescheduleRefusal(BookingPolicy policy, Result.Failure<?> why) {
        return "maxReschedules".equals(why.details().get("policy"))
                ? GermanAppointmentPhrases.tooManyReschedules(policy.maxReschedules())
                : GermanAppointmentPhrases.rescheduleDeadlinePassed(policy.rescheduleDeadline());
    }

    private static PhoneAppointmentAnswer refused(String sentence) {
        return PhoneAppointmentAnswer.failed(Status.REFUSED, ErrorCode.POLICY_VIOLATION, sentence);
    }

    /** The appointment the request is about, among the upcoming active ones of the calling number only. */
    private Target target(PhoneCallerRequest r) {
        Optional<PhoneNumber> caller = PhoneNumber.parse(r.telefonnummer(), defaultCountryCode);
        if (caller.isEmpty()) {
            return new Target.Answer(PhoneAppointmentAnswer.failed(Status.FAILED, r.telefonnummer().isBlank()
                    ? ErrorCode.MISSING_REQUIRED_FIELD : ErrorCode.INVALID_DATA,
                    GermanAppointmentPhrases.whichPhoneNumber()));
        }
        List<Appointment> mine = upcoming(r.tenant(), caller.get());
        Optional<Appointment> chosen = r.appointment().isPresent()
                ? mine.stream().filter(a -> a.id().equals(r.appointment().get())).findFirst()
                : mine.stream().findFirst();
        if (chosen.isEmpty()) {
            return new Target.Answer(PhoneAppointmentAnswer.failed(Status.NONE, ErrorCode.NOT_FOUND,
                    GermanAppointmentPhrases.noUpcomingAppointment()));
        }
        ZoneId zone = names.branch(r.tenant(), Optional.of(chosen.get().branch())).map(b -> b.zone())
                .orElse(ZoneId.of("UTC"));
        return new Target.Found(chosen.get(), caller.get(), mine, zone);
    }

    /**
     * The calling number's active appointments that have not begun, soonest first. Read through the appointment
     * list of the look-ahead window and filtered here, as no port looks appointments up by phone number.
     */
    private List<Appointment> upcoming(TenantId tenant, PhoneNumber caller) {
        Instant now = clock.instant();
        return appointments.list(tenant, Optional.empty(), TimeInterval.of(now, LOOKAHEAD)).stream()
                .filter(Appointment::isActive)
                .filter(a -> a.interval().start().isAfter(now))
                .filter(a -> a.customer().phone().map(caller::equals).orElse(false))
                .sorted(Comparator.comparing((Appointment a) -> a.interval().start()))
                .toList();
    }
}
