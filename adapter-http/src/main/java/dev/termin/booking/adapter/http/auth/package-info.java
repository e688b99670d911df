/**
 * Staff sign-in with bearer JWTs from a salon's identity provider: {@link dev.termin.booking.adapter.http.auth.JwtIssuer}
 * configures an issuer, {@link dev.termin.booking.adapter.http.auth.JwtVerifier} checks a token and answers with a
 * {@link dev.termin.booking.adapter.http.auth.JwtVerification}. No library type appears in this package's API.
 */
package dev.termin.booking.adapter.http.auth;
