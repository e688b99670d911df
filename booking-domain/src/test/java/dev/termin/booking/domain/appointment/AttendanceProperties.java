package dev.termin.booking.domain.appointment;

import static dev.termin.booking.domain.appointment.AppointmentTest.booked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random sequences of arrive, complete and no-show at random times around a 08:00–08:30 appointment. */
class AttendanceProperties {

    private static final Instant START = Instant.parse("2026-06-17T08:00:00Z");
    private static final Instant END = START.plusSeconds(1800);
    private static final Set<AppointmentStatus> OPEN = Set.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);

    /** One attempted transition. */
    record Step(String action, Instant at) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of("arrive", "complete", "no-show"),
                Arbitraries.integers().between(-60, 90))
                .as((action, minutes) -> new Step(action, START.plusSeconds(60L * minutes)))
                .list().ofMaxSize(6);
    }

    @Property(tries = 300)
    void everyTransitionFollowsTheTableAndFinalStatusesAcceptNothing(@ForAll("steps") List<Step> steps) {
        // given
        Appointment a = booked(SyncState.notRequired());

        for (Step step : steps) {
            // when
            AppointmentStatus from = a.status();
            Result<Appointment> r = switch (step.action()) {
                case "arrive" -> a.markArrived("desk", step.at());
                case "complete" -> a.complete("desk", step.at());
                default -> a.markNoShow("desk", step.at());
            };

            // then
            boolean allowed = switch (step.action()) {
                case "arrive" -> OPEN.contains(from) && step.at().isBefore(END);
                case "complete" -> (OPEN.contains(from) || from == AppointmentStatus.ARRIVED)
                        && !step.at().isBefore(START);
                default -> OPEN.contains(from) && !step.at().isBefore(START);
            };
            assertThat(r instanceof Result.Success).as("%s from %s at %s", step.action(), from, step.at())
                    .isEqualTo(allowed);
            if (r instanceof Result.Success<Appointment> s) {
                assertThat(s.value().statusChanges()).hasSize(a.statusChanges().size() + 1);
                assertThat(s.value().statusChanges().get(a.statusChanges().size()).at()).isEqualTo(step.at());
                assertThat(s.value().activeOccupancies()).isEqualTo(a.occupancies());
                a = s.value();
            } else {
                assertThat(((Result.Failure<Appointment>) r).code()).isEqualTo(ErrorCode.INVALID_STATE);
            }
        }
        if (!a.statusChanges().isEmpty()) {
            assertThat(a.statusChanges().get(a.statusChanges().size() - 1).status()).isEqualTo(a.status());
        }
    }
}
