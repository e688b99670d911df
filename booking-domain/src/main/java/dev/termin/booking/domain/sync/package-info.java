/**
 * Calendar-sync health: judges whether a tenant's appointments reach the external calendar ({@link
 * dev.termin.booking.domain.sync.SyncHealth}) and when a failed push is retried ({@link
 * dev.termin.booking.domain.sync.SyncRetryPolicy}), so sync failures surface as alerts instead of sitting for days.
 */
package dev.termin.booking.domain.sync;
