package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The holdout ({@code phone/holdout.csv}): utterances written after the parser was finished and never used to
 * tune it. Its accuracy is measured and reported, not forced to 100 %; the rows it gets wrong are listed in
 * docs/phone.md. The test guards the measured figure against regressions.
 */
class HoldoutAccuracyTest {

    static final String HOLDOUT = "/phone/holdout.csv";

    /** Rows parsed as expected when the holdout was first run; docs/phone.md states the same figure. */
    private static final int PASSING_WHEN_MEASURED = 91;

    @Test
    void theHoldoutHasAtLeast100UtterancesAndKeepsItsMeasuredAccuracy() {
        List<UtteranceCorpus.Row> rows = UtteranceCorpus.load(HOLDOUT);

        System.out.println(UtteranceCorpus.report("holdout", rows));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().filter(UtteranceCorpus.Row::passes).count())
                .isGreaterThanOrEqualTo(PASSING_WHEN_MEASURED);
    }
}
