package dev.termin.booking.domain.appointment;

import dev.termin.booking.domain.customer.Customer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** How reliably a customer turns up, from their appointments. Stateless and thread-safe. */
public final class Attendance {

    private Attendance() {
    }

    /**
     * The number of {@code appointments} of {@code customer} marked no-show. Appointments belong to the customer
     * when they share the phone number or the e-mail address (regardless of case); the name does not count, since
     * two customers may share it and one customer may spell it differently.
     */
    public static long noShows(Collection<Appointment> appointments, Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return appointments.stream()
                .filter(a -> a.status() == AppointmentStatus.NO_SHOW && sameContact(a.customer(), customer))
                .count();
    }

    /** True when the two customers share a phone number or an e-mail address. */
    public static boolean sameContact(Customer a, Customer b) {
        return same(a.phone(), b.phone()) || same(a.email().map(e -> e.value().toLowerCase(Locale.ROOT)),
                b.email().map(e -> e.value().toLowerCase(Locale.ROOT)));
    }

    private static <T> boolean same(Optional<T> a, Optional<T> b) {
        return a.isPresent() && a.equals(b);
    }
}
