/** Test support shared by every module through booking-application's test-jar: the test clock. */
package dev.termin.booking.testing;
