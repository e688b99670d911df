package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.slot.SlotQuery;
import dev.termin.booking.domain.slot.SlotSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Availability: slot search, explanations and nearest alternatives under the hybrid rule. Thread-safe. */
final class AvailabilityService implements FindAvailabilityUseCase {

    private final AvailabilityLoader loader;
    private final int alternativesMaxDays;

    AvailabilityService(AvailabilityLoader loader, int alternativesMaxDays) {
        this.loader = loader;
        this.alternativesMaxDays = alternativesMaxDays;
    }

    @Override
    public Result<List<Slot>> findSlots(SlotRequest request, LocalDate from, LocalDate to, Optional<String> owner,
            Optional<AppointmentId> moving) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= SlotQuery.MAX_DAYS) {
            return Result.failure(ErrorCode.INVALID_DATA, "The date range must run forward and cover at most "
                    + SlotQuery.MAX_DAYS + " days.");
        }
        return loader.load(request, from, to, moving, true).flatMap(loaded -> Result.ok(
                SlotSearch.find(loaded.context(), new SlotQuery(from, to, request.staff(), owner, id(moving))),
                loaded.warnings()));
    }

    @Override
    public Result<Explanation> explain(SlotRequest request, Instant start, Optional<String> owner,
            Optional<AppointmentId> moving) {
        return loader.loadAround(request, start, 0, moving, true)
                .flatMap(loaded -> Result.ok(SlotSearch.explain(loaded.context(), start, request.staff(), owner,
                        id(moving)), loaded.warnings()));
    }

    @Override
    public Result<List<Slot>> nearest(SlotRequest request, Instant around, int limit, Optional<String> owner,
            Optional<AppointmentId> moving) {
        if (limit < 1 || limit > 100) {
            return Result.failure(ErrorCode.INVALID_DATA, "The number of alternatives must be 1 to 100.");
        }
        int days = alternativesMaxDays;
        return loader.loadAround(request, around, days, moving, true)
                .flatMap(loaded -> Result.ok(SlotSearch.nearest(loaded.context(), around, limit, request.staff(),
                        owner, id(moving), days), loaded.warnings()));
    }

    private static Optional<String> id(Optional<AppointmentId> moving) {
        return moving.map(AppointmentId::value);
    }
}
