package dev.termin.booking.application.port.out;

/**
 * Outgoing port that delivers notifications (e-mail, SMS). Called from the outbox worker, so a failure (an
 * {@link InfrastructureException}) is retried later. Implementations are thread-safe.
 */
public interface Notifier {

    void send(Notification notification);
}
