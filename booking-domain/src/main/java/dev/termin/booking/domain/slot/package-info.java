/**
 * Slot search: which starts are bookable for a service, why one is not ({@link
 * dev.termin.booking.domain.slot.Explanation}), and the nearest alternatives. Entry point: {@link
 * dev.termin.booking.domain.slot.SlotSearch}.
 */
package dev.termin.booking.domain.slot;
