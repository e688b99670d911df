package dev.termin.booking.domain.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a use case: {@link Success} with a value and warnings, or {@link Failure} with a stable code,
 * a human message and details. Expected business outcomes are results, never exceptions. Immutable.
 *
 * @param <T> the success value
 */
public sealed interface Result<T> permits Result.Success, Result.Failure {

    record Success<T>(T value, List<Warning> warnings) implements Result<T> {
        public Success {
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        }
    }

    record Failure<T>(ErrorCode code, String message, Map<String, String> details) implements Result<T> {
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            details = Map.copyOf(Objects.requireNonNull(details, "details"));
        }

        /** The same failure typed for another success value. */
        @SuppressWarnings("unchecked")
        public <U> Failure<U> cast() {
            return (Failure<U>) this;
        }
    }

    static <T> Result<T> ok(T value) {
        return new Success<>(value, List.of());
    }

    static <T> Result<T> ok(T value, List<Warning> warnings) {
        return new Success<>(value, warnings);
    }

    static <T> Result<T> failure(ErrorCode code, String message) {
        return new Failure<>(code, message, Map.of());
    }

    static <T> Result<T> failure(ErrorCode code, String message, Map<String, String> details) {
        return new Failure<>(code, message, details);
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The success value. @throws IllegalStateException on a failure */
    default T orElseThrow() {
        if (this instanceof Success<T> s) {
            return s.value();
        }
        Failure<T> f = (Failure<T>) this;
        throw new IllegalStateException(f.code().code() + ": " + f.message());
    }

    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Success<T> s) {
            return new Success<>(f.apply(s.value()), s.warnings());
        }
        return ((Failure<T>) this).cast();
    }

    default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
        if (this instanceof Success<T> s) {
            Result<U> next = f.apply(s.value());
            if (next instanceof Success<U> n && !s.warnings().isEmpty()) {
                List<Warning> all = new ArrayList<>(s.warnings());
                all.addAll(n.warnings());
                return new Success<>(n.value(), all);
            }
            return next;
        }
        return ((Failure<T>) this).cast();
    }
}
