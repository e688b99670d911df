package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.BookingPageBrowserTest.button;
import static dev.termin.booking.adapter.http.BookingPageBrowserTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's console in headless Chromium against a real server (demo salon): holds on the timeline, the customer's
 * history while booking, the branch switch, and only the actions the signed-in role may take. Clara Vogt missed two
 * appointments on Monday 2026-06-15 at 10:00 and 10:15; the clock stands at 10:40.
 */
class ConsoleDeskBrowserTest {

    private static final String CLARA = "{'name':'Clara Vogt','phone':'+49 151 7777777','email':'clara@example.com'}";

    private static TestServer ts;
    private static Browsers browsers;
    private static WebDriver desk;
    private static String deskKey;
    private static String viewerKey;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        String first = book("maria", "2026-06-15T10:00", CLARA);
        String second = book("jonas", "2026-06-15T10:15", CLARA);
        book("emma", "2026-06-17T10:00", CLARA);
        ts.clock.advance(Duration.ofMinutes(160));
        for (String id : new String[] {first, second}) {
            assertThat(ts.demo.post("/v1/appointments/" + id + "/no-show", "{}").status()).isEqualTo(200);
        }
        deskKey = key("desk");
        viewerKey = key("viewer");
        browsers = new Browsers();
        desk = browsers.open(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
        if (ts != null) {
            ts.close();
        }
    }

    private static String book(String staff, String start, String customer) {
        Http.Resp r = ts.demo.post("/v1/appointments", Http.j("{'service':'haircut','staff':'" + staff
                + "','start':'" + start + "','customer':" + customer + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String key(String role) {
        Http.Resp r = ts.demo.post("/v1/keys", Http.j("{'role':'" + role + "','label':'" + role + "'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("secret").asText();
    }

    private static void signIn(String key) {
        Browsers.signInToConsole(desk, ts.server.port(), key);
    }

    private static void click(By by) {
        WebElement e = desk.findElement(by);
        ((JavascriptExecutor) desk).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static By cell(String staff, String time) {
        return By.cssSelector(".col[data-staff='" + staff + "'] .cell[data-time='" + time + "']");
    }

    private static String hold(String staff, String start, int seconds) {
        Http.Resp r = ts.demo.post("/v1/holds", Http.j("{'service':'haircut','staff':'" + staff + "','start':'"
                + start + "','owner':'call-7','lifetimeSeconds':" + seconds + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("token").asText();
    }

    @Test
    void aHoldShowsAsAHatchedBlockWithItsExpiry_andVanishesWhenItIsBookedOrExpires() {
        // given the desk's day view
        signIn(deskKey);

        // when the phone assistant holds Maria's 14:00 for five minutes and a booking page Jonas's 15:00 for one
        String token = hold("maria", "2026-06-15T14:00", 300);
        hold("jonas", "2026-06-15T15:00", 60);

        // then both show as held with the time they run out, in the branch's time
        WebElement held = new WebDriverWait(desk, Duration.ofSeconds(3)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".col[data-staff='maria'] .hold")));
        assertThat(held.getText()).contains("reserviert · läuft ab 10:45", "Haarschnitt, 14:00–14:30");
        assertThat(desk.findElement(By.cssSelector(".col[data-staff='jonas'] .hold")).getText())
                .contains("läuft ab 10:41");
        ((JavascriptExecutor) desk).executeScript("arguments[0].scrollIntoView({block: 'center'})", held);
        Browsers.screenshot(desk, "console-holds.png");
        assertThat(Browsers.seriousViolations(desk)).isEmpty();

        // and when Maria's hold is booked, the appointment takes its place
        assertThat(ts.demo.post("/v1/holds/" + token + "/confirm", Http.j("{'owner':'call-7','customer':"
                + "{'name':'Dora Klein','phone':'0170 5555555'}}")).status()).isEqualTo(201);
        new WebDriverWait(desk, Duration.ofSeconds(3)).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@data-staff='maria']/button[contains(@class, 'appt') and contains(., 'Dora Klein')]")));
        assertThat(desk.findElements(By.cssSelector(".col[data-staff='maria'] .hold"))).isEmpty();

        // and when Jonas's hold runs out, it is gone
        ts.clock.advance(Duration.ofMinutes(2));
        new WebDriverWait(desk, Duration.ofSeconds(3)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".hold"), 0));
    }

    @Test
    void theDeskTypesAKnownNumber_seesTheCustomersHistoryAndNoShows_andBooksWithHerDetails() {
        // given the desk's booking form for Emma's 15:00
        signIn(deskKey);
        click(cell("emma", "15:00"));
        new Select(waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("b-service"))))
                .selectByValue("haircut");

        // when the receptionist types the caller's number as it is said
        desk.findElement(By.id("b-phone")).sendKeys("0151 777 7777");

        // then the customer, her e-mail, her appointments and "2 × nicht erschienen" appear
        WebElement known = new WebDriverWait(desk, Duration.ofSeconds(3)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#b-known h3")));
        WebElement box = desk.findElement(By.id("b-known"));
        assertThat(known.getText()).isEqualToIgnoringCase("Bekannte Kundin / bekannter Kunde");
        assertThat(box.getText()).contains("Clara Vogt", "clara@example.com", "2 × nicht erschienen",
                "3 Termine bisher", "Mi., 17. Juni, 10:00 · Haarschnitt · Emma · gebucht");
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        Browsers.screenshot(desk, "console-customer.png");

        // and when her details are taken over and the time booked, she has a fourth appointment
        button(desk, "Name und E-Mail übernehmen").click();
        assertThat(desk.findElement(By.id("b-name")).getAttribute("value")).isEqualTo("Clara Vogt");
        assertThat(desk.findElement(By.id("b-email")).getAttribute("value")).isEqualTo("clara@example.com");
        desk.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(desk).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        assertThat(ts.demo.get("/v1/customers/lookup?phone=01517777777").json().get("appointmentCount").asInt())
                .isEqualTo(4);
    }

    @Test
    void anUnknownNumber_saysSo() {
        signIn(deskKey);
        click(cell("emma", "16:00"));
        waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("b-phone"))).sendKeys("0170 1234567");
        new WebDriverWait(desk, Duration.ofSeconds(3)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("b-known"), "Mit dieser Nummer gibt es noch keinen Termin."));
    }

    @Test
    void aViewerIsOfferedNothingItMayNotDo_andTheDeskNoKeysOrCalendar() {
        // given a viewer's console
        signIn(viewerKey);

        // then no tab of the owner or the desk, no cell to book, and an appointment without actions or contact
        assertThat(desk.findElements(By.cssSelector("#nav [data-view]"))).extracting(e -> e.getAttribute("data-view"))
                .containsExactly("day", "week", "dashboard", "catalogue");
        assertThat(desk.findElements(By.cssSelector("button.cell"))).isEmpty();
        click(By.cssSelector(".col[data-staff='maria'] .appt"));
        WebElement dialog = waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog")));
        waitFor(desk).until(ExpectedConditions.textToBePresentInElement(dialog, "nicht erschienen"));
        assertThat(dialog.getText()).contains("Clara Vogt").doesNotContain("Verschieben", "Absagen", "Ist da",
                "Telefon", "7777777");
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        dialog.findElement(By.cssSelector("button.link")).click();
        desk.findElement(By.cssSelector("#nav [data-view=catalogue]")).click();
        waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h3[contains(., 'Leistungen')]")));
        assertThat(desk.findElements(By.xpath("//button[contains(., 'Bearbeiten') or contains(., 'Neue Leistung')"
                + " or contains(., 'Hinzufügen')]"))).isEmpty();

        // and the desk books, moves and cancels, but has no keys or calendar screen and no deadline override
        signIn(deskKey);
        assertThat(desk.findElements(By.cssSelector("#nav [data-view]"))).extracting(e -> e.getAttribute("data-view"))
                .containsExactly("day", "week", "dashboard", "waitlist", "catalogue");
        click(By.cssSelector(".col[data-staff='maria'] .appt"));
        dialog = waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog")));
        assertThat(dialog.getText()).contains("Verschieben", "Absagen", "Telefon").doesNotContain("Fristen übergehen");
    }

    @Test
    void withASecondBranch_theHeaderSwitchesBranches_everyViewFollows_andTheTabRemembersTheChoice() {
        // given a second branch with its own stylist
        assertThat(ts.demo.post("/v1/branches", Http.j("{'id':'nord','name':'Salon Nord','timeZone':'Europe/Berlin',"
                + "'openingHours':{'weekly':{'monday':['09:00-18:00']}}}")).status()).isEqualTo(201);
        assertThat(ts.demo.post("/v1/staff", Http.j("{'id':'lena','branch':'nord','name':'Lena',"
                + "'services':['haircut'],'workingHours':{'monday':['09:00-18:00']}}")).status()).isEqualTo(201);
        signIn(TestServer.DEMO_KEY);
        assertThat(desk.findElements(By.cssSelector(".col[data-staff='maria']"))).hasSize(1);

        // when the owner switches to it in the header
        new Select(desk.findElement(By.id("branch"))).selectByValue("nord");

        // then the day shows Lena only, the week her days, and after a reload the choice is still there
        waitFor(desk).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".col[data-staff='lena']")));
        assertThat(desk.findElements(By.cssSelector(".col[data-staff='maria']"))).isEmpty();
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        desk.findElement(By.cssSelector("#nav [data-view=week]")).click();
        waitFor(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("week-staff"), "Lena"));
        assertThat(new Select(desk.findElement(By.id("week-staff"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Lena");
        desk.navigate().refresh();
        waitFor(desk).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".col[data-staff='lena']")));
        assertThat(new Select(desk.findElement(By.id("branch"))).getFirstSelectedOption().getText())
                .isEqualTo("Salon Nord");
    }
}
