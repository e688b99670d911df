package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.calcom.FakeCalCom.Recorded;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segment event types: ensure (create, patch, delete), rebuild, drift check, slugs. */
class SegmentEventTypesTest extends CalComTestBase {

    private static final List<String> SLUGS = List.of("acme-mitte-colour-a", "acme-mitte-colour-b",
            "acme-mitte-colour-c", "acme-mitte-colour-d");

    @Test
    void ensure_createsOneHiddenEventTypePerSegmentWithStableSlugAndSegmentTitle() {
        // given
        CalComCalendar calendar = calendar();
        Service cut = Service.plain(CUT, TENANT, "Haarschnitt", 45, Money.euros(30));

        // when
        EnsureReport report = done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService(), cut)));

        // then
        assertThat(report.created()).extracting(SegmentEventType::slug).containsExactlyElementsOf(SLUGS);
        assertThat(report.created()).extracting(SegmentEventType::title)
                .containsExactly("Farbe auftragen", "Waschen", "Schneiden", "Föhnen");
        assertThat(report.created()).extracting(SegmentEventType::lengthMinutes).containsExactly(30, 15, 30, 30);
        for (String slug : SLUGS) {
            FakeCalCom.EventType t = fake.eventTypeBySlug(slug);
            assertThat(t.hidden).isTrue();
            assertThat(t.description).contains("termin-segment:acme/mitte/colour/");
        }
        List<Recorded> posts = fake.requests("POST", "/v2/event-types");
        assertThat(posts).hasSize(4).allSatisfy(r -> {
            assertThat(r.version()).isEqualTo("2024-06-14");
            assertThat(r.authorization()).isEqualTo("Bearer " + FakeCalCom.API_KEY);
            assertThat(r.json().path("hidden").asBoolean()).isTrue();
        });
        assertThat(posts.get(0).json().path("slug").asText()).isEqualTo("acme-mitte-colour-a");
        assertThat(posts.get(0).json().path("title").asText()).isEqualTo("Farbe auftragen");
        assertThat(posts.get(0).json().path("lengthInMinutes").asInt()).isEqualTo(30);
        assertThat(calendar.segmentEventTypes().mapping(TENANT)).containsExactlyElementsOf(report.created());
    }

    @Test
    void ensure_again_changesNothing() {
        // given
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        fake.clearRecorded();

        // when
        EnsureReport report = done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));

        // then
        assertThat(report.nothingChanged()).isTrue();
        assertThat(report.unchanged()).hasSize(4);
        assertThat(fake.requests()).extracting(Recorded::toString).containsExactly(
                "GET /v2/event-types?{username=salon}");
    }

    @Test
    void ensure_afterASegmentChangedLengthOrName_patchesIt() {
        // given
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        long idB = fake.eventTypeBySlug("acme-mitte-colour-b").id;
        long idC = fake.eventTypeBySlug("acme-mitte-colour-c").id;
        Service changed = colourService(List.of(WorkSegment.of("A", "Farbe auftragen", 30), Pause.of(45),
                WorkSegment.of("B", "Waschen", 20), WorkSegment.of("C", "Schnitt", 30), Pause.of(15),
                WorkSegment.of("D", "Föhnen", 30)));

        // when
        EnsureReport report = done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(changed)));

        // then
        assertThat(report.updated()).extracting(SegmentEventType::slug)
                .containsExactly("acme-mitte-colour-b", "acme-mitte-colour-c");
        assertThat(report.created()).isEmpty();
        assertThat(fake.eventType(idB).length).isEqualTo(20);
        assertThat(fake.eventType(idC).title).isEqualTo("Schnitt");
        assertThat(fake.requestsUnder("PATCH", "/v2/event-types")).extracting(Recorded::path)
                .containsExactly("/v2/event-types/" + idB, "/v2/event-types/" + idC);
        assertThat(fake.requestsUnder("PATCH", "/v2/event-types").get(0).json().path("lengthInMinutes").asInt())
                .isEqualTo(20);
    }

    @Test
    void ensure_afterASegmentDisappeared_deletesItsEventType() {
        // given
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        long idC = fake.eventTypeBySlug("acme-mitte-colour-c").id;
        Service withoutC = colourService(List.of(WorkSegment.of("A", "Farbe auftragen", 30), Pause.of(45),
                WorkSegment.of("B", "Waschen", 15), Pause.of(15), WorkSegment.of("D", "Föhnen", 30)));

        // when
        EnsureReport report = done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(withoutC)));

        // then
        assertThat(report.deleted()).extracting(SegmentEventType::slug).containsExactly("acme-mitte-colour-c");
        assertThat(fake.eventType(idC)).isNull();
        assertThat(fake.requestsUnder("DELETE", "/v2/event-types")).extracting(Recorded::path)
                .containsExactly("/v2/event-types/" + idC);
        assertThat(calendar.segmentEventTypes().mapping(TENANT)).extracting(SegmentEventType::slug)
                .containsExactly("acme-mitte-colour-a", "acme-mitte-colour-b", "acme-mitte-colour-d");
    }

    @Test
    void ensure_afterTheServiceStoppedBeingComposite_deletesAllItsSegmentEventTypes_andNothingElse() {
        // given
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        done(calendar.segmentEventTypes().ensure(TENANT, BranchId.of("nord"), List.of(colourService())));
        Service nowPlain = Service.plain(COLOUR, TENANT, "Ansatzfärbung", 60, Money.euros(60));

        // when
        EnsureReport report = done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(nowPlain)));

        // then
        assertThat(report.deleted()).extracting(SegmentEventType::slug).containsExactlyElementsOf(SLUGS);
        assertThat(fake.eventTypes()).extracting(t -> t.slug).containsExactly("maria-termin", "emma-termin",
                "haarschnitt", "acme-nord-colour-a", "acme-nord-colour-b", "acme-nord-colour-c",
                "acme-nord-colour-d");
        assertThat(calendar.segmentEventTypes().mapping(TENANT)).extracting(SegmentEventType::branch)
                .containsOnly(BranchId.of("nord"));
    }

    @Test
    void ensure_withTwoSegmentsMappingToOneSlug_isRejectedBeforeCallingCalCom() {
        // given
        CalComCalendar calendar = calendar();
        Service a = colourService();
        Service b = Service.composite(ServiceId.of("COLOUR"), TENANT, "Farbe", a.composite().orElseThrow(),
                Money.euros(1));

        // when
        CalendarOutcome<EnsureReport> outcome = calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(a, b));

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("slug_collision"));
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void driftCheck_reportsMissingExtraAndChangedEventTypes() {
        // given
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        assertThat(done(calendar.segmentEventTypes().driftCheck(TENANT)).isClean()).isTrue();
        FakeCalCom.EventType a = fake.eventTypeBySlug("acme-mitte-colour-a");
        FakeCalCom.EventType b = fake.eventTypeBySlug("acme-mitte-colour-b");
        a.title = "Farbe (von Hand geändert)";
        a.hidden = false;
        fake.addEventType(b.id, b.slug, b.title, b.length, "somebody-else");
        FakeCalCom.EventType extra = fake.addEventType(7777, "acme-mitte-old-x", "Alt", 10, FakeCalCom.OWNER);
        extra.description = "termin-segment:acme/mitte/old/x";
        extra.hidden = true;

        // when
        DriftReport report = done(calendar.segmentEventTypes().driftCheck(TENANT));

        // then
        assertThat(report.isClean()).isFalse();
        assertThat(report.missing()).extracting(SegmentEventType::slug).containsExactly("acme-mitte-colour-b");
        assertThat(report.extra()).extracting(SegmentEventType::eventTypeId).containsExactly(7777L);
        assertThat(report.changed()).singleElement().satisfies(c -> {
            assertThat(c.mapped().slug()).isEqualTo("acme-mitte-colour-a");
            assertThat(c.fields()).containsExactly("title", "hidden");
        });
    }

    @Test
    void rebuild_restoresTheMappingFromCalCom() {
        // given
        List<SegmentEventType> original = done(calendar().segmentEventTypes().ensure(TENANT, BRANCH,
                List.of(colourService()))).created();
        CalComCalendar restarted = calendar();

        // when
        List<SegmentEventType> rebuilt = done(restarted.segmentEventTypes().rebuild(TENANT));

        // then
        assertThat(rebuilt).containsExactlyElementsOf(original);
        assertThat(done(restarted.segmentEventTypes().driftCheck(TENANT)).isClean()).isTrue();
    }

    @Test
    void slug_isCompanyBranchServiceSegment_sanitisedToCalComRules() {
        assertThat(SegmentEventTypes.slug(TENANT, BRANCH, COLOUR, "A")).isEqualTo("acme-mitte-colour-a");
        assertThat(SegmentEventTypes.slug(TenantId.of("Salon_Mueller.GmbH"), BranchId.of("--Nord--"),
                ServiceId.of("Farbe.Plus"), "blow_dry")).isEqualTo("salon-mueller-gmbh-nord-farbe-plus-blow-dry");
        String longSlug = SegmentEventTypes.slug(TenantId.of("t".repeat(64)), BranchId.of("b".repeat(64)),
                ServiceId.of("s".repeat(64)), "k".repeat(40));
        assertThat(longSlug).hasSizeLessThanOrEqualTo(100).matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isEqualTo(SegmentEventTypes.slug(TenantId.of("t".repeat(64)), BranchId.of("b".repeat(64)),
                        ServiceId.of("s".repeat(64)), "k".repeat(40)));
        assertThat(dev.termin.booking.adapter.calcom.internal.Slugs.part("Föhnen & Stylen")).isEqualTo(
                "foehnen-stylen");
    }
}
