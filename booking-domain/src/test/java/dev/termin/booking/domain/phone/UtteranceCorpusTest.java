package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every utterance of the corpus ({@code phone/utterances.csv}, at least 300 German requests) parses as expected.
 * The unseen holdout is measured separately, in {@link HoldoutAccuracyTest}.
 */
class UtteranceCorpusTest {

    static final String CORPUS = "/phone/utterances.csv";

    static Stream<UtteranceCorpus.Row> rows() {
        return UtteranceCorpus.load(CORPUS).stream();
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("rows")
    void theUtteranceParsesAsExpected(UtteranceCorpus.Row row) {
        assertThat(row.actual()).as(row.toString()).isEqualTo(row.expected());
    }

    @Test
    void theCorpusHoldsAtLeast300UtterancesOfEveryKind() {
        List<UtteranceCorpus.Row> rows = UtteranceCorpus.load(CORPUS);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows).extracting(UtteranceCorpus.Row::kind).contains("when", "service", "staff");
    }

    @Test
    void theAccuracyReportCountsEveryRowAndListsNoFailure() {
        List<UtteranceCorpus.Row> rows = UtteranceCorpus.load(CORPUS);

        String report = UtteranceCorpus.report("corpus", rows);
        System.out.println(report);

        assertThat(UtteranceCorpus.accuracy(rows)).isEqualTo(1.0);
        assertThat(report).contains("all      " + rows.size() + " rows, accuracy 100.0 %").doesNotContain("FAIL");
    }
}
