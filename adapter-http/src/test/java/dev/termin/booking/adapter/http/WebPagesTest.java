package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages and their assets over HTTP, without a browser: no key needed, cache and security headers. */
class WebPagesTest {

    private static TestServer ts;
    private static Http anonymous;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        anonymous = ts.demo.withKey(null);
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    @Test
    void theBookingPageIsServedWithoutAKey_uncached_frameable_andCarriesTheEnginesNow() {
        // when
        Http.Resp r = anonymous.get("/book/demo?key=anything");

        // then
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("frame-ancestors");
        assertThat(r.text()).contains("data-now=\"2026-06-15T06:00:00Z\"", "/web/book.js");
    }

    @Test
    void theManagePageAndTheConsoleAreServed_theConsoleMayNotBeFramed() {
        assertThat(anonymous.get("/book/demo/manage/some-token").text()).contains("/web/book.js");
        Http.Resp console = anonymous.get("/console");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.text()).contains("/web/console.js");
        assertThat(console.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void assetsAreCachedForAnHourWithTheirContentType() {
        Http.Resp js = anonymous.get("/web/book.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(anonymous.get("/web/app.css").contentType()).startsWith("text/css");
        assertThat(anonymous.get("/embed.js").text()).contains("iframe");
    }

    @Test
    void anUnknownAssetOrAPathOutsideTheWebFolderIsANotFoundProblem_andTheApiStillNeedsAKey() {
        assertThat(anonymous.get("/web/nothing.js").code()).isEqualTo("not_found");
        assertThat(anonymous.get("/web/..%2Fopenapi.json").status()).isIn(400, 401, 404);
        assertThat(anonymous.get("/web/logback.xml").status()).isIn(401, 404);
        assertThat(anonymous.get("/v1/company").status()).isEqualTo(401);
    }
}
