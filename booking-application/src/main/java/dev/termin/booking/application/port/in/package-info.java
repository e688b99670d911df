/**
 * Inbound ports: one interface per use case ({@code …UseCase}) with the commands and queries it takes. Commands
 * validate themselves on construction; outcomes are {@link dev.termin.booking.domain.result.Result}s.
 */
package dev.termin.booking.application.port.in;
