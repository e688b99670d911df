package dev.termin.booking.application.service;

import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Reason;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a negative explanation into the failure a booking attempt returns. */
final class Explanations {

    private static final Set<Reason.Code> POLICY = Set.of(Reason.Code.NOTICE_TOO_SHORT, Reason.Code.TOO_FAR_AHEAD);

    private Explanations() {
    }

    /**
     * {@code policy_violation} when only notice or advance rules are broken, else {@code slot_unavailable};
     * the details list every reason code.
     */
    static <T> Result<T> failure(Explanation e) {
        boolean onlyPolicy = e.reasons().stream().allMatch(r -> POLICY.contains(r.code()));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reasons", e.reasons().stream().map(r -> r.code().code()).distinct()
                .collect(Collectors.joining(",")));
        String message = e.reasons().get(0).message();
        return Result.failure(onlyPolicy ? ErrorCode.POLICY_VIOLATION : ErrorCode.SLOT_UNAVAILABLE, message, details);
    }
}
