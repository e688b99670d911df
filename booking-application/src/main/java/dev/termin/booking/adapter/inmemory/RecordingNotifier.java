package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Notifier} for tests and demos that keeps every notification it "sends". {@link #failNextSends} makes the
 * next sends throw {@link NotificationFailedException} without recording them; by default nothing fails.
 *
 * <p>This class is thread-safe.
 */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failing = new AtomicInteger();

    public RecordingNotifier() {
    }

    /** @throws NotificationFailedException while injected failures remain */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (failing.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new NotificationFailedException("sending failed (simulated)");
        }
        sent.add(notification);
    }

    /** The next {@code n} sends fail. */
    public void failNextSends(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("'n' must not be negative");
        }
        failing.set(n);
    }

    /** The notifications sent so far, in order. */
    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** Forgets the notifications sent so far. */
    public void clear() {
        sent.clear();
    }
}
