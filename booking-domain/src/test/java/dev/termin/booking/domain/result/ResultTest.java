package dev.termin.booking.domain.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTest {

    @Test
    void errorCodesAreStableLowercaseStrings() {
        assertThat(ErrorCode.SLOT_UNAVAILABLE.code()).isEqualTo("slot_unavailable");
        assertThat(ErrorCode.RESERVATION_EXPIRED.code()).isEqualTo("reservation_expired");
        assertThat(ErrorCode.values()).extracting(ErrorCode::code).contains("reservation_not_found",
                "policy_violation", "invalid_data", "missing_required_field", "not_found", "idempotency_conflict",
                "service_unavailable", "general_error", "unauthorized", "rate_limited");
    }

    @Test
    void mappingASuccessKeepsItsWarningsAndAFailurePassesThrough() {
        Warning w = new Warning(Warning.CALENDAR_SYNC_PENDING, "later");
        Result<Integer> ok = Result.ok(2, List.of(w));
        Result<Integer> failed = Result.failure(ErrorCode.NOT_FOUND, "no", Map.of("id", "x"));

        assertThat(ok.map(i -> i * 10)).isEqualTo(Result.ok(20, List.of(w)));
        assertThat(failed.map(i -> i * 10)).isEqualTo(Result.failure(ErrorCode.NOT_FOUND, "no", Map.of("id", "x")));
        Result<Integer> chained = ok.flatMap(i -> Result.ok(i + 1, List.of(new Warning("b", "second"))));
        assertThat(((Result.Success<Integer>) chained).warnings()).extracting(Warning::code)
                .containsExactly(Warning.CALENDAR_SYNC_PENDING, "b");
    }

    @Test
    void orElseThrowNamesTheCodeOfAFailure() {
        assertThatThrownBy(() -> Result.failure(ErrorCode.SLOT_UNAVAILABLE, "taken").orElseThrow())
                .hasMessageContaining("slot_unavailable");
        assertThat(Result.ok("v").orElseThrow()).isEqualTo("v");
    }
}
