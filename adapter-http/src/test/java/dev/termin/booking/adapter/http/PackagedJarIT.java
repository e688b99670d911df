package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts target/termin-server.jar as its own process and books the demo tenant through it. */
class PackagedJarIT {

    @Test
    void packagedJar_startsWithNoConfiguration_andBooks() throws Exception {
        Path jar = Paths.get(System.getProperty("termin.jar", "target/termin-server.jar"));
        assertThat(jar).exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("termin-it");
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        pb.environment().put("TERMIN_PORT", Integer.toString(port));
        pb.environment().put("TERMIN_DATA_DIR", data.toString());
        pb.environment().put("TERMIN_LOG_FORMAT", "json");
        pb.environment().remove("TERMIN_DEMO_API_KEY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String key = null;
            String pageKey = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (pageKey == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("Demo tenant API key")) {
                    key = line.substring(line.lastIndexOf(' ') + 1);
                }
                if (line.startsWith("Booking page of the demo salon")) {
                    pageKey = line.substring(line.indexOf("?key=") + 5);
                }
            }
            assertThat(key).as(String.join("\n", lines)).isNotNull();
            assertThat(pageKey).as(String.join("\n", lines)).isNotNull().isNotEqualTo(key);
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();

            Http api = new Http(port, key);
            assertThat(api.withKey(null).get("/health").status()).isEqualTo(200);
            assertThat(api.withKey(null).get("/ready").status()).isEqualTo(200);
            LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            JsonNode slots = api.get("/v1/availability?service=haircut&staff=maria&date=" + day).json().get("slots");
            assertThat(slots.size()).isPositive();
            String start = slots.get(0).get("start").asText();
            Http.Resp booked = api.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'" + start
                    + "','customer':{'name':'Anna Becker','phone':'0151 2345678'}}"));
            assertThat(booked.status()).as(booked.text()).isEqualTo(201);
            assertThat(api.get("/v1/appointments/" + booked.json().get("id").asText()).status()).isEqualTo(200);
            // the printed booking-page address carries a publishable key: it searches, but reads nobody's bookings
            Http page = api.withKey(pageKey);
            assertThat(page.get("/v1/availability?service=haircut&staff=maria&date=" + day).status()).isEqualTo(200);
            assertThat(page.get("/v1/appointments/" + booked.json().get("id").asText()).status()).isEqualTo(403);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertThat(p.exitValue()).isIn(0, 143);
    }

    @Test
    void packagedJar_withABadSetting_printsOneLineOnStderr_andExitsWith2() throws Exception {
        Path jar = Paths.get(System.getProperty("termin.jar", "target/termin-server.jar"));
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        pb.environment().put("TERMIN_DATA_DIR", Files.createTempDirectory("termin-it").toString());
        pb.environment().put("TERMIN_DEMO_API_KEY", "short-key-12");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).containsExactly(
                "TERMIN_DEMO_API_KEY: a key must be 16 to 200 printable ASCII characters (got 12 characters)");
    }
}
