/**
 * Expected business outcomes as values: {@link dev.termin.booking.domain.result.Result} is a success with
 * warnings or a failure with a stable {@link dev.termin.booking.domain.result.ErrorCode}.
 */
package dev.termin.booking.domain.result;
