/**
 * Who may do what: tenant accounts, the roles a salon hands out ({@link dev.termin.booking.domain.access.Role}),
 * the operations they permit ({@link dev.termin.booking.domain.access.Permission}, one table in
 * {@link dev.termin.booking.domain.access.RolePermissions}), API key metadata, the authenticated
 * {@link dev.termin.booking.domain.access.Principal}, audit entries and customer manage grants. Pure values; the
 * clock is always passed in.
 */
package dev.termin.booking.domain.access;
