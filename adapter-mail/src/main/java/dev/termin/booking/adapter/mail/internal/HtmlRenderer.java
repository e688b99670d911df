package dev.termin.booking.adapter.mail.internal;

import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.application.port.out.Notification.Phase;
import java.net.URI;
import java.util.Optional;

/**
 * Renders a message as a small, self-contained HTML page in a calm salon style: inline styles only (mail clients
 * drop style sheets), one column, the phases as a table. Every text is escaped; links are only ever http(s).
 * Stateless and thread-safe.
 */
public final class HtmlRenderer {

    private static final String TEXT = "color:#3b2f2a;font-family:Georgia,'Times New Roman',serif;";

    public String render(Message m, Optional<URI> manageLink, String salon) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(m.language().tag()).append("\">\n<head>")
                .append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(m.subject())).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f6f1ec;\">\n")
                .append("<div style=\"max-width:560px;margin:0 auto;padding:32px 24px;background:#fffdfb;")
                .append(TEXT).append("font-size:16px;line-height:1.5;\">\n")
                .append("<p style=\"margin:0 0 24px;font-size:13px;letter-spacing:.08em;text-transform:uppercase;")
                .append("color:#9a7b6b;\">").append(escape(salon)).append("</p>\n")
                .append("<h1 style=\"margin:0 0 24px;font-size:22px;font-weight:normal;color:#7a4b3a;\">")
                .append(escape(m.subject())).append("</h1>\n")
                .append("<p>").append(escape(m.greeting())).append("</p>\n");
        for (String paragraph : m.paragraphs()) {
            sb.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        if (!m.phases().isEmpty()) {
            sb.append("<h2 style=\"margin:24px 0 8px;font-size:16px;font-weight:bold;\">")
                    .append(escape(m.phasesTitle())).append("</h2>\n")
                    .append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;\">\n");
            for (Phase p : m.phases()) {
                sb.append("<tr style=\"border-top:1px solid #eadfd6;\">")
                        .append("<td style=\"padding:8px 12px 8px 0;white-space:nowrap;\">").append(escape(p.time()))
                        .append("</td><td style=\"padding:8px 12px 8px 0;\"><span style=\"color:#9a7b6b;\">")
                        .append(escape(p.label())).append("</span> · ").append(escape(p.name())).append("</td>")
                        .append("<td style=\"padding:8px 0;text-align:right;\">")
                        .append(escape(p.staff().orElse(""))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        manageLink.filter(HtmlRenderer::isWebLink).ifPresent(link -> sb
                .append("<p style=\"margin:28px 0;\"><a href=\"").append(escape(link.toString()))
                .append("\" style=\"display:inline-block;padding:10px 20px;background:#7a4b3a;color:#ffffff;")
                .append("text-decoration:none;border-radius:4px;\">").append(escape(m.manageLinkLabel()))
                .append("</a></p>\n"));
        return sb.append("<p style=\"margin-top:24px;\">").append(escape(m.closing())).append("<br>")
                .append(escape(salon)).append("</p>\n</div>\n</body>\n</html>\n").toString();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isWebLink(URI link) {
        return "https".equalsIgnoreCase(link.getScheme()) || "http".equalsIgnoreCase(link.getScheme());
    }
}
