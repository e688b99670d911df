/**
 * Outbound webhooks over HTTP: {@link dev.termin.booking.adapter.http.webhook.JdkWebhookSender} POSTs signed
 * payloads with the JDK's HTTP client.
 */
package dev.termin.booking.adapter.http.webhook;
