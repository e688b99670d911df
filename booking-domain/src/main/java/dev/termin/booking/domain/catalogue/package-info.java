/**
 * The catalogue of a company (tenant): branches with opening hours, staff with their hours and skills, and
 * services, including composite services made of work segments and pauses; holidays and partial-day blocks of a
 * branch (they name branches and staff, so they live beside them); resource types and the scheduling settings.
 */
package dev.termin.booking.domain.catalogue;
