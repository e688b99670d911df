package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.BookingPageBrowserTest.button;
import static dev.termin.booking.adapter.http.BookingPageBrowserTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The owner's console with several branches in headless Chromium against a real server (demo salon, Monday
 * 2026-06-15, 08:00): the branch switch with a deactivated branch, deactivating and deleting branches in the
 * catalogue, the waiting list's flexibility, the holds pill per branch and a branch without staff. "Salon Alt" is
 * deactivated from the start and sorts before the demo branch "mitte" by id; "Salon Ost" has nobody working.
 */
class ConsoleBranchesBrowserTest {

    private static TestServer ts;
    private static Browsers browsers;
    private static WebDriver owner;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        branch("alt", "Salon Alt");
        assertThat(ts.demo.delete("/v1/branches/alt?onAppointments=deactivate").status()).isIn(200, 204);
        branch("nord", "Salon Nord");
        branch("ost", "Salon Ost");
        branch("sued", "Salon Süd");
        assertThat(ts.demo.post("/v1/staff", Http.j("{'id':'lena','branch':'nord','name':'Lena',"
                + "'services':['haircut'],'workingHours':{'monday':['09:00-18:00']}}")).status()).isEqualTo(201);
        Http.Resp booked = ts.demo.post("/v1/appointments", Http.j("{'service':'haircut','staff':'lena','start':"
                + "'2026-06-15T15:00','customer':{'name':'Clara Vogt','phone':'0151 7777777'}}"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        browsers = new Browsers();
        owner = browsers.open(1280, 900);
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

    private static void branch(String id, String name) {
        Http.Resp r = ts.demo.post("/v1/branches", Http.j("{'id':'" + id + "','name':'" + name + "','timeZone':"
                + "'Europe/Berlin','openingHours':{'weekly':{'monday':['09:00-18:00']}}}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static void signIn() {
        Browsers.signInToConsole(owner, ts.server.port(), TestServer.DEMO_KEY);
    }

    private static void tab(String view) {
        owner.findElement(By.cssSelector("#nav [data-view=" + view + "]")).click();
    }

    private static void click(By by) {
        WebElement e = waitFor(owner).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) owner).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static String branchState(String id) {
        return waitFor(owner).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#branches tr[data-branch='" + id + "'] td:nth-child(2)"))).getText();
    }

    @Test
    void theSwitchListsActiveBranchesFirst_marksADeactivatedOne_andNeverStartsOnIt_andTheOwnerDeactivatesInTheCatalogue() {
        // given the owner's console: "Salon Alt" is deactivated and comes first by id
        signIn();
        Select branches = new Select(owner.findElement(By.id("branch")));

        // then the day starts on the demo branch, and the deactivated branch is listed last and marked in words
        assertThat(branches.getFirstSelectedOption().getAttribute("value")).isEqualTo("mitte");
        List<String> labels = branches.getOptions().stream().map(WebElement::getText).toList();
        assertThat(labels).contains("Salon Alt (deaktiviert)");
        int firstDeactivated = labels.indexOf(labels.stream().filter(l -> l.endsWith("(deaktiviert)")).findFirst()
                .orElseThrow());
        assertThat(labels.subList(firstDeactivated, labels.size())).allMatch(l -> l.endsWith("(deaktiviert)"));
        assertThat(labels.subList(0, firstDeactivated)).contains("Salon Ost").noneMatch(l -> l.contains("deaktiviert"));
        assertThat(owner.findElements(By.cssSelector(".col[data-staff='maria']"))).hasSize(1);

        // when the owner opens the catalogue, each branch shows its state
        tab("catalogue");
        assertThat(branchState("alt")).isEqualTo("deaktiviert");
        assertThat(branchState("sued")).isEqualTo("aktiv");
        assertThat(owner.findElements(By.cssSelector("#branches tr[data-branch='alt'] button"))).isEmpty();
        assertThat(Browsers.seriousViolations(owner)).isEmpty();

        // and deactivates "Salon Süd" after being told what that means
        click(By.cssSelector("button[aria-label='Deaktivieren: Salon Süd']"));
        assertThat(owner.findElement(By.cssSelector("#branch-out .confirm")).getText())
                .contains("nicht mehr buchbar", "bestehende Termine bleiben");
        click(By.xpath("//button[. = 'Ja, deaktivieren']"));

        // then it is marked deactivated, in the catalogue, in the switch and on the server
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.success"),
                "Salon Süd ist deaktiviert."));
        assertThat(branchState("sued")).isEqualTo("deaktiviert");
        assertThat(new Select(owner.findElement(By.id("branch"))).getOptions()).extracting(WebElement::getText)
                .contains("Salon Süd (deaktiviert)");
        assertThat(ts.demo.get("/v1/branches/sued").json().get("active").asBoolean()).isFalse();
    }

    @Test
    void deletingABranchWithAFutureAppointment_listsTheAppointment_andOffersToDeactivateInstead() {
        // given the catalogue
        signIn();
        tab("catalogue");

        // when the owner deletes "Salon Nord", where Lena has Clara Vogt at 15:00
        click(By.cssSelector("button[aria-label='Löschen: Salon Nord']"));
        click(By.xpath("//button[. = 'Ja, löschen']"));

        // then the server's refusal is shown with the appointment in words, and nothing is deleted
        WebElement listed = waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#branch-out ul.affected li")));
        assertThat(listed.getText()).isEqualTo("Mo., 15. Juni, 15:00 · Haarschnitt · Lena · Clara Vogt");
        assertThat(owner.findElement(By.cssSelector("#branch-out .alert")).getText()).contains("future appointment");
        assertThat(ts.demo.get("/v1/branches/nord").json().get("active").asBoolean()).isTrue();
        assertThat(Browsers.seriousViolations(owner)).isEmpty();
        Browsers.screenshot(owner, "console-branch-refused.png");

        // and when the owner deactivates it instead, the branch stays with its appointment, marked deactivated
        button(owner, "Stattdessen deaktivieren").click();
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.success"),
                "Salon Nord ist deaktiviert."));
        assertThat(branchState("nord")).isEqualTo("deaktiviert");
        assertThat(ts.demo.get("/v1/branches/nord").json().get("active").asBoolean()).isFalse();
        assertThat(ts.demo.get("/v1/appointments?from=2026-06-15&to=2026-06-15&branch=nord").json()).hasSize(1);
    }

    @Test
    void theWaitingListShowsEachEntrysFlexibility_inGermanAndEnglish() {
        // given three entries: flexible in both ways, any staff only, and neither
        join("Flo Frei", "'staff':'emma','anyStaff':true,'compatibleService':true");
        join("Ida Irgendwer", "'staff':'emma','anyStaff':true");
        join("Nora Nurdie", "'staff':'emma'");
        signIn();

        // when the owner opens the waiting list
        tab("waitlist");

        // then the flexibility is said in words, the stylist by name
        assertThat(flexibility("Flo Frei")).isEqualTo("jede Mitarbeiterin, auch passende Leistung");
        assertThat(flexibility("Ida Irgendwer")).isEqualTo("jede Mitarbeiterin");
        assertThat(flexibility("Nora Nurdie")).isEqualTo("–");
        assertThat(row("Flo Frei").getText()).contains("Emma");
        assertThat(Browsers.seriousViolations(owner)).isEmpty();

        // and in English
        button(owner, "English").click();
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Waiting list"));
        assertThat(flexibility("Flo Frei")).isEqualTo("any staff member, also a matching service");
        assertThat(flexibility("Ida Irgendwer")).isEqualTo("any staff member");
    }

    private static void join(String name, String extra) {
        Http.Resp r = ts.demo.post("/v1/waitlist", Http.j("{'service':'haircut','firstDay':'2026-06-17',"
                + "'customer':{'name':'" + name + "','phone':'0151 2000000'}," + extra + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static WebElement row(String customer) {
        return waitFor(owner).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[td[1][. = '" + customer + "']]")));
    }

    private static String flexibility(String customer) {
        return row(customer).findElement(By.cssSelector("td.flex")).getText();
    }

    @Test
    void theHoldsPillCountsTheChosenBranch_andABranchWithoutStaffSaysSoInDayAndWeek() {
        // given a hold on Maria's 14:00 in the demo branch
        Http.Resp held = ts.demo.post("/v1/holds", Http.j("{'service':'haircut','staff':'maria','start':"
                + "'2026-06-15T14:00','owner':'call-7','lifetimeSeconds':600}"));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        signIn();

        // then the header counts it for the demo branch
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds-pill"),
                "Aktive Reservierungen: 1"));

        // when the owner switches to "Salon Ost", where nobody works
        new Select(owner.findElement(By.id("branch"))).selectByValue("ost");

        // then the pill counts that branch's holds, and the day says why there is no schedule instead of an error
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds-pill"),
                "Aktive Reservierungen: 0"));
        WebElement empty = waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(By.id("no-staff")));
        assertThat(empty.getText()).contains("In Salon Ost arbeitet derzeit niemand", "legen Sie im Katalog an");
        assertThat(owner.findElements(By.cssSelector("#main .alert"))).isEmpty();

        // and so does the week, without a staff choice to make
        tab("week");
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".toolbar h2"),
                "Woche ab"));
        assertThat(waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(By.id("no-staff"))).getText())
                .contains("Salon Ost");
        assertThat(owner.findElements(By.cssSelector("#main .alert"))).isEmpty();
        assertThat(owner.findElements(By.id("week-staff"))).isEmpty();
        assertThat(Browsers.seriousViolations(owner)).isEmpty();
        Browsers.screenshot(owner, "console-no-staff.png");
    }
}
