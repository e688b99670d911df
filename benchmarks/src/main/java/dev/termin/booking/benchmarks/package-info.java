/**
 * JMH benchmarks of slot search and booking, and the HTTP load test of the standalone server
 * ({@link dev.termin.booking.benchmarks.HttpLoadDriver}); see {@code docs/performance.md} for the commands and figures.
 */
package dev.termin.booking.benchmarks;
