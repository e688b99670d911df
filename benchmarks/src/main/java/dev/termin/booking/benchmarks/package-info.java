/** JMH benchmarks of slot search and booking; see {@code docs/performance.md} for the commands and figures. */
package dev.termin.booking.benchmarks;
