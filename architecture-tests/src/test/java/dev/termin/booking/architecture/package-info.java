/** The hexagon's dependency rules over every module's classes; {@code ArchitectureRules} holds them. */
package dev.termin.booking.architecture;
