package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WishOffersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static AppointmentWish wish(String text) {
        return GermanWishParser.parse(text, TODAY).orElseThrow();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /** Every quarter hour from 09:00 to 17:45 tomorrow and the day after. */
    private static List<Instant> quarterHours() {
        return java.util.stream.IntStream.range(0, 2 * 36).mapToObj(i -> LocalDate.of(2026, 12, 3 + i / 36)
                .atTime(9, 0).plusMinutes(15L * (i % 36)).atZone(BERLIN).toInstant()).toList();
    }

    @Test
    void givenTomorrowAfternoon_threeSpreadOffersInsideTheAfternoonAreReadInTimeOrder() {
        List<Instant> offers = WishOffers.pick(wish("morgen nachmittag"), quarterHours(), BERLIN, 3);

        assertThat(offers).containsExactly(at("2026-12-03T13:00"), at("2026-12-03T14:30"), at("2026-12-03T16:00"));
        assertThat(GermanPhrases.offers(offers, BERLIN, TODAY, wish("morgen nachmittag").dayPart(), "Maria"))
                .isEqualTo("Morgen Nachmittag hätte ich 13:00, 14:30 oder 16:00 Uhr bei Maria frei.");
    }

    @Test
    void givenTheEarliest_theFirstFittingStartsAreOffered() {
        assertThat(WishOffers.pick(wish("so früh wie möglich"), quarterHours(), BERLIN, 2))
                .containsExactly(at("2026-12-03T09:00"), at("2026-12-03T09:15"));
    }

    @Test
    void givenAnExactTimeThatIsTaken_theNearestFreeStartsThatDayComeFirst() {
        List<Instant> free = List.of(at("2026-12-03T13:00"), at("2026-12-03T15:00"), at("2026-12-03T14:45"),
                at("2026-12-04T14:30"));

        assertThat(WishOffers.pick(wish("morgen um halb drei"), free, BERLIN, 3))
                .containsExactly(at("2026-12-03T14:45"), at("2026-12-03T15:00"), at("2026-12-03T13:00"));
    }

    @Test
    void givenTooFewSpreadStarts_theEarliestRemainingFillUp() {
        List<Instant> free = List.of(at("2026-12-03T14:00"), at("2026-12-03T14:15"), at("2026-12-03T14:30"));

        assertThat(WishOffers.pick(wish("morgen nachmittag"), free, BERLIN, 3)).containsExactlyElementsOf(free);
    }

    @Test
    void givenStartsOutsideTheWish_onlyFittingOnesOrNoneAreOffered() {
        assertThat(WishOffers.pick(wish("abends"), quarterHours(), BERLIN, 3)).hasSize(3);
        assertThat(WishOffers.pick(wish("am Wochenende"), quarterHours(), BERLIN, 3)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> WishOffers.pick(wish("abends"), List.of(), BERLIN, 0));
    }

    @Property
    void offersFitTheWishAreDistinctAndAtMostMax(@ForAll("wishes") String text,
            @ForAll @IntRange(min = 1, max = 4) int max) {
        AppointmentWish wish = wish(text);

        List<Instant> offers = WishOffers.pick(wish, quarterHours(), BERLIN, max);

        assertThat(offers).hasSizeLessThanOrEqualTo(max).doesNotHaveDuplicates();
        if (!(wish.time() instanceof AppointmentWish.TimeWish.At)) {
            assertThat(offers).allSatisfy(o -> assertThat(wish.fits(LocalDateTime.ofInstant(o, BERLIN))).isTrue());
        }
    }

    @Provide
    Arbitrary<String> wishes() {
        return Arbitraries.of("morgen nachmittag", "vormittags", "so früh wie möglich", "Freitag nach 16 Uhr",
                "zwischen 10 und 12", "übermorgen um 11", "morgen halb drei", "abends", "diese Woche ab 15 Uhr",
                "morgen früh", "Donnerstag zwischen 2 und 4");
    }
}
