package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.IdGenerator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link IdGenerator}: no id twice, also across threads. */
public abstract class AbstractIdGeneratorTest {

    /** The generator under test; called once per test. */
    protected abstract IdGenerator idGenerator();

    @Test
    @Timeout(60)
    void idsFromManyThreads_areAllDifferent() {
        IdGenerator ids = idGenerator();

        List<List<UUID>> perThread = Concurrency.race(8, n -> IntStream.range(0, 2_000)
                .mapToObj(i -> ids.newId()).toList());

        assertThat(perThread.stream().flatMap(List::stream)).doesNotContainNull().doesNotHaveDuplicates()
                .hasSize(16_000);
    }
}
