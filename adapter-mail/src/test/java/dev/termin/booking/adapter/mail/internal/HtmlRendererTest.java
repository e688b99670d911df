package dev.termin.booking.adapter.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.application.port.out.Notification.Phase;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static Message message(String greeting) {
        return new Message(Language.GERMAN, "Terminbestätigung: Schnitt & Farbe", greeting,
                List.of("Ihr Termin <b>ist</b> gebucht."), "Ablauf",
                List.of(new Phase("1 von 2", "Färben \"intensiv\"", "10:00–10:30", Optional.of("O'Brien"),
                        "1 von 2 · Färben, 10:00–10:30 bei O'Brien")),
                "Termin verwalten", "Bis bald!", Optional.empty());
    }

    @Test
    void everyTextIsEscaped_soMarkupInNamesIsShownNotRun() {
        String html = new HtmlRenderer().render(message("Guten Tag <script>alert(1)</script>,"), Optional.empty(),
                "Salon <Schnitt>");

        assertThat(html).contains("Guten Tag &lt;script&gt;alert(1)&lt;/script&gt;,",
                        "Schnitt &amp; Farbe", "Ihr Termin &lt;b&gt;ist&lt;/b&gt; gebucht.",
                        "Färben &quot;intensiv&quot;", "O&#39;Brien", "Salon &lt;Schnitt&gt;")
                .doesNotContain("<script>", "<b>ist");
    }

    @Test
    void theManageLink_isAButton_forWebLinksOnly() {
        HtmlRenderer renderer = new HtmlRenderer();

        String web = renderer.render(message("Hallo,"), Optional.of(URI.create("https://t.example/m?a=1&b=2")), "S");
        String script = renderer.render(message("Hallo,"), Optional.of(URI.create("javascript:alert(1)")), "S");

        assertThat(web).contains("href=\"https://t.example/m?a=1&amp;b=2\"", ">Termin verwalten</a>");
        assertThat(script).doesNotContain("javascript:", "Termin verwalten");
    }
}
