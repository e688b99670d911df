/**
 * Customer e-mail over SMTP: start with {@link dev.termin.booking.adapter.mail.SmtpNotifier#create}, configured by
 * {@link dev.termin.booking.adapter.mail.SmtpSettings} for the server and a
 * {@link dev.termin.booking.adapter.mail.SenderDirectory} for each tenant's sender.
 */
package dev.termin.booking.adapter.mail;
