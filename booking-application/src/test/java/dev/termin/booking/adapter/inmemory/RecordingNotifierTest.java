package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.contract.AbstractNotifierTest;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import dev.termin.booking.application.port.out.contract.NotificationFixtures;
import dev.termin.booking.domain.catalogue.TenantId;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest extends AbstractNotifierTest {

    private final RecordingNotifier notifier = new RecordingNotifier();

    @Override
    protected Notifier notifier() {
        return notifier;
    }

    @Test
    void sentNotifications_areKeptInOrder_untilCleared() {
        Notification first = notification(Notification.Kind.BOOKING_CONFIRMATION);
        Notification second = notification(Notification.Kind.CANCELLATION);

        notifier.send(first);
        notifier.send(second);

        assertThat(notifier.sent()).containsExactly(first, second);
        notifier.clear();
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void failNextSends_failsThatManySends_withAnInfrastructureException_andRecordsNone() {
        notifier.failNextSends(2);
        Notification n = notification(Notification.Kind.RESCHEDULE);

        assertThatThrownBy(() -> notifier.send(n)).isInstanceOf(NotificationFailedException.class)
                .isInstanceOf(InfrastructureException.class);
        assertThatThrownBy(() -> notifier.send(n)).isInstanceOf(NotificationFailedException.class);
        notifier.send(n);

        assertThat(notifier.sent()).containsExactly(n);
    }

    private static Notification notification(Notification.Kind kind) {
        return NotificationFixtures.plain(TenantId.of("salon-1"), kind, ContractFixtures.customer(), "Betreff", "Text",
                "corr-1");
    }
}
