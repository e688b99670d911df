package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example in docs/calcom.md compiles, runs against the fake Cal.com, and is the text the docs show. */
class DocsExampleTest extends CalComTestBase {

    @Test
    void theDocumentedSetUp_works() {
        URI baseUrl = URI.create(server.url("/").toString());
        String apiKey = FakeCalCom.API_KEY;
        List<Service> servicesOfTheBranch = List.of(colourService());

        // tag::setup[]
        CalComConfig acme = CalComConfig.builder(TenantId.of("acme"), apiKey)
                .baseUrl(baseUrl) // default https://api.cal.com
                .username("salon")
                .eventTypes(EventTypeMapping.parse("staff:maria=101@maria;staff:emma=102@emma;service:cut=300"))
                .retry(CalComRetry.defaults())
                .breaker(new CalComBreaker(3, 2, Duration.ofSeconds(30)))
                .build();
        CalComCalendar calendar = CalComCalendar.builder()
                .tenant(acme)
                .segmentEventTypeStore(new InMemorySegmentEventTypeStore())
                .build();

        // once per branch, and after every catalogue change: one hidden event type per composite segment
        CalendarOutcome<EnsureReport> ensured = calendar.segmentEventTypes()
                .ensure(TenantId.of("acme"), BranchId.of("mitte"), servicesOfTheBranch);

        // health checks (/ready, /metrics): CLOSED, OPEN or HALF_OPEN
        CircuitState state = calendar.circuitState();

        // the engine uses it through the port
        ExternalCalendar port = calendar;
        // end::setup[]

        assertThat(ensured).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(state).isEqualTo(CircuitState.CLOSED);
        assertThat(port.busyTimes(TENANT, List.of(MARIA), dev.termin.booking.domain.time.TimeInterval.of(MONDAY_9,
                Duration.ofHours(8)))).isInstanceOf(CalendarOutcome.Done.class);
    }

    @Test
    void theDocsShowTheTaggedRegion() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/termin/booking/adapter/calcom/DocsExampleTest.java"));
        Matcher m = Pattern.compile("// tag::setup\\[]\\n(.*?)\\n\\s*// end::setup\\[]", Pattern.DOTALL).matcher(source);
        assertThat(m.find()).isTrue();
        String snippet = m.group(1).lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        String docs = Files.readString(Path.of("../docs/calcom.md"));
        assertThat(docs).as("docs/calcom.md shows the setup region of DocsExampleTest verbatim").contains(snippet);
    }
}
