/**
 * The catalogue of a company (tenant): branches with opening hours, staff with their hours and skills, and
 * services, including composite services made of work segments and pauses.
 */
package dev.termin.booking.domain.catalogue;
