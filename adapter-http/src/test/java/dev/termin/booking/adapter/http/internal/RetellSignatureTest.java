package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetellSignatureTest {

    private static final String KEY = "key_retell_0123456789";
    private static final byte[] BODY = "{\"name\":\"find_my_appointments\",\"args\":{}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant AT = Instant.parse("2026-06-15T06:00:00Z");
    /** HMAC-SHA256(key, body + "1781503200000") in hex, computed independently of this code. */
    private static final String HEADER =
            "v=1781503200000,d=57f0baa9ab881233216e901c06aee98968253c37f02e1ad9629034b432bcfa0c";

    private final RetellSignature signature = new RetellSignature(KEY);

    @Test
    void signing_producesRetellsHeaderFormat_withTheHmacOfBodyAndTimestamp() {
        assertThat(signature.sign(BODY, AT)).isEqualTo(HEADER);
    }

    @Test
    void aSignatureVerifies_withinFiveMinutesEitherWay_andNotBeyond() {
        assertThat(signature.verifies(BODY, HEADER, AT.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(signature.verifies(BODY, HEADER, AT.minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(signature.verifies(BODY, HEADER, AT.plus(Duration.ofMinutes(5)).plusMillis(1))).isFalse();
    }

    @Test
    void anotherBodyKeyOrTimestamp_orAMalformedHeader_doesNotVerify() {
        assertThat(signature.verifies("{}".getBytes(StandardCharsets.UTF_8), HEADER, AT)).isFalse();
        assertThat(new RetellSignature("another-key").verifies(BODY, HEADER, AT)).isFalse();
        assertThat(signature.verifies(BODY, HEADER.replace("v=1781503200000", "v=1781503200001"), AT)).isFalse();
        assertThat(signature.verifies(BODY, null, AT)).isFalse();
        assertThat(signature.verifies(BODY, "57f0baa9ab881233216e901c06aee98968253c37f02e1ad9629034b432bcfa0c", AT))
                .isFalse();
        assertThat(signature.verifies(BODY, "v=abc,d=xyz", AT)).isFalse();
    }

    @Test
    void aBlankKey_isRefused() {
        assertThatThrownBy(() -> new RetellSignature(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
