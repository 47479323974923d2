package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian's chromium and chromium-driver, given by path so that Selenium Manager
 * has nothing to find or download), against the deployed WAR. Runs with {@code mvn -Pbrowser verify}.
 */
class ConsoleBrowserIT extends DeployedService {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private final List<WebDriver> browsers = new ArrayList<>();

    /** A browser with a profile of its own: no cookie is shared with another. */
    private WebDriver browser() {
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--window-size=1280,900",
                            "--user-data-dir=" + Files.createTempDirectory("aam-chromium-"));
            // The browser's console log, where Chromium reports what the Content-Security-Policy refused.
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService driver = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                            .toFile())
                    .build();
            WebDriver browser = new ChromeDriver(driver, options);
            browsers.add(browser);
            return browser;
        } catch (IOException noTempDir) {
            throw new UncheckedIOException(noTempDir);
        }
    }

    @AfterEach
    void closeBrowsersAfterCheckingTheirLogsForRefusedCode() {
        try {
            for (WebDriver browser : browsers) {
                List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy"))
                        .toList();
                assertEquals(List.of(), refused, "the console runs under its Content-Security-Policy");
            }
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static WebElement visible(WebDriver browser, String id) {
        return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = visible(browser, id);
        field.clear();
        field.sendKeys(text);
    }

    private static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private List<WebElement> tokenRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#token-table tbody tr"));
    }

    private void logIn(WebDriver browser, String username, String password) {
        browser.get(api().base() + "console/");
        type(browser, "username", username);
        type(browser, "password", password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), username));
    }

    @Test
    void anAdministratorIssuesATokenWhoseSignedUrlLogsItsUserIn() {
        JsonObject user = newUser("browser", "[\"subscriber\"]", "[]");
        String username = user.getString("username");
        WebDriver console = browser();
        logIn(console, ADMIN, ADMIN_PASSWORD);

        pickUser(console, user);
        assertTrue(visible(console, "no-tokens").isDisplayed());

        console.findElement(By.id("new-token")).click();
        type(console, "expires-in", "+2 hours");
        console.findElement(By.id("is-refreshable")).click();
        type(console, "additional-claims", "[\"not\", \"an object\"]");
        screenshot(console, "create-dialog");
        console.findElement(By.id("create-submit")).click();
        assertEquals("Additional claims must be a JSON object, such as {\"department\": \"IT\"}.",
                visible(console, "create-error").getText());

        type(console, "additional-claims", "{\"department\": \"IT\"}");
        type(console, "expires-in", "+5 years");
        console.findElement(By.id("create-submit")).click();
        waiting(console).until(ExpectedConditions.textToBePresentInElementLocated(By.id("create-error"),
                "further away than the longest lifetime allowed"));

        type(console, "expires-in", "+2 hours");
        console.findElement(By.id("create-submit")).click();
        waiting(console).until(driver -> tokenRows(driver).size() == 1);
        WebElement row = tokenRows(console).get(0);
        assertEquals("yes", row.findElement(By.cssSelector("td[data-label=Refreshable]")).getText());
        assertEquals("valid", row.findElement(By.cssSelector("td[data-label=Valid]")).getText());
        assertTrue(row.findElement(By.cssSelector("td[data-label=Expires]")).getText().contains("in 2 hours"));
        screenshot(console, "token-table");

        WebElement copyUrl = row.findElement(By.xpath(".//button[text()='Copy URL']"));
        copyUrl.click();
        waiting(console).until(ExpectedConditions.textToBe(By.id("status"), "Signed URL copied to the clipboard."));
        String signedUrl = copyUrl.getAttribute("data-value");
        assertTrue(signedUrl.startsWith(api().base() + "?aam-jwt="), signedUrl);

        WebDriver visitor = browser();
        visitor.get(signedUrl);
        waiting(visitor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), username));
        assertEquals(api().base() + "console/", visitor.getCurrentUrl(), "the token left the address bar");
        assertTrue(visible(visitor, "no-rights").isDisplayed(), "a subscriber may not manage tokens");

        row.findElement(By.xpath(".//button[text()='Delete']")).click();
        waiting(console).until(driver -> tokenRows(driver).isEmpty());
        assertTrue(visible(console, "no-tokens").isDisplayed());

        visitor.navigate().refresh();
        assertEquals("You are not logged in: Token has been revoked", visible(visitor, "login-reason").getText());
        assertFalse(visitor.findElement(By.id("main")).isDisplayed());

        console.findElement(By.id("logout")).click();
        visible(console, "login-form");
        console.navigate().refresh();
        assertTrue(visible(console, "login-form").isDisplayed(), "the session ended with the logout");
    }

    @Test
    void guessingShowsTheWaitAndTheRightPasswordWaitsToo() {
        JsonObject user = newUser("guessed", "[\"subscriber\"]", "[]");
        WebDriver browser = browser();
        failLoginsUntilTheEighth(user.getString("username"), 0);
        browser.get(api().base() + "console/");
        type(browser, "username", user.getString("username"));
        type(browser, "password", passwordOf(user));
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting(browser).until(ExpectedConditions.textMatches(By.id("alert"),
                java.util.regex.Pattern.compile("Too many failed logins for this account: try again in \\d+ seconds\\.")));
        screenshot(browser, "throttled-login");
    }

    @Test
    void theConsoleStaysUsableOnANarrowScreen() {
        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        logIn(phone, ADMIN, ADMIN_PASSWORD);
        waiting(phone).until(driver -> !tokenRows(driver).isEmpty());
        WebElement table = phone.findElement(By.id("token-table"));
        long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) phone)
                .executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 390, "no sideways scrolling: " + pageWidth);
        assertTrue(table.isDisplayed());
        screenshot(phone, "narrow-screen");
    }

    @Test
    void aWrongPasswordIsShownOnTheLoginPage() {
        WebDriver browser = browser();
        browser.get(api().base() + "console/");
        type(browser, "username", ADMIN);
        type(browser, "password", "not-the-password");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        assertEquals("Invalid username or password.", visible(browser, "alert").getText());
    }

    private void pickUser(WebDriver browser, JsonObject user) {
        type(browser, "user-search", user.getString("username"));
        // The search runs once typing pauses and lists the users again: a button found before may be replaced.
        waiting(browser).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector("#user-results button[data-user-id='" + user.getInt("id") + "']")).click();
            return true;
        });
        waiting(browser).until(ExpectedConditions.textToBe(By.id("owner"), user.getString("username")));
    }

    @Test
    void theLastUsedColumnShowsAUseOnceTheTokenAuthenticatesARequest() {
        JsonObject user = newUser("last-used", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        String token = created(admin(), "{\"user_id\":" + user.getInt("id") + "}").getString("token");
        WebDriver console = browser();
        logIn(console, ADMIN, ADMIN_PASSWORD);
        pickUser(console, user);
        waiting(console).until(driver -> tokenRows(driver).size() == 1);
        assertEquals("never", lastUsedCell(console).getText());

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(200, api().bearer(token).get(JWT).status());
        // The console shows what the list answers: pick the user again until the use has been written.
        By pick = By.cssSelector("#user-results button[data-user-id='" + user.getInt("id") + "']");
        new WebDriverWait(console, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(pick).click();
            return !lastUsedCell(driver).getText().equals("never");
        });
        // The table of the last click may still replace this one: read it whole, again if it did.
        List<String> shown = waiting(console).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement cell = lastUsedCell(driver);
            WebElement time = cell.findElement(By.tagName("time"));
            return List.of(time.getAttribute("datetime"), time.getAttribute("title"), cell.getText());
        });
        Instant exact = Instant.parse(shown.get(0));
        assertFalse(exact.isBefore(before), exact + " is before the use");
        assertEquals(shown.get(0), shown.get(1), "the exact time, on hovering");
        assertTrue(shown.get(2).contains("ago") || shown.get(2).contains("now"), shown.get(2));
        screenshot(console, "last-used");
    }

    private WebElement lastUsedCell(WebDriver browser) {
        return tokenRows(browser).get(0).findElement(By.cssSelector("td[data-label='Last used']"));
    }

    private static List<WebElement> activityRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#activity-table tbody tr"));
    }

    private static List<String> column(WebDriver browser, String label) {
        return activityRows(browser).stream()
                .map(row -> row.findElement(By.cssSelector("td[data-label='" + label + "']")).getText()).toList();
    }

    private static void openActivity(WebDriver browser) {
        visible(browser, "view-activity").click();
        awaitActivity(browser);
    }

    /** Waits until the table shows the answer of the last request (the console marks it busy until then). */
    private static void awaitActivity(WebDriver browser) {
        waiting(browser).until(ExpectedConditions.attributeToBe(By.id("activity-table"), "aria-busy", "false"));
    }

    private static void filter(WebDriver browser, String userId, String event, String limit) {
        new Select(browser.findElement(By.id("activity-user"))).selectByValue(userId);
        new Select(browser.findElement(By.id("activity-event"))).selectByValue(event);
        type(browser, "activity-limit", limit);
        browser.findElement(By.cssSelector("#activity-form button[type=submit]")).click();
        awaitActivity(browser);
    }

    /** The audit records events just after their requests: waits until the trail has those of this query. */
    private void awaitEvents(String query) {
        eventually(Duration.ofSeconds(10), () -> !admin().get("aam/v2/audit?" + query).json()
                .getJsonArray("events").isEmpty());
    }

    @Test
    void anAdministratorFollowsATokensStoryInTheActivityView() {
        JsonObject user = newUser("story", "[\"subscriber\"]", "[]");
        String userId = String.valueOf(user.getInt("id"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(created(admin(), "{\"user_id\":" + userId + "}").getString("id"));
        }
        assertEquals(200, admin().delete(JWT + "/" + ids.get(0) + "?user_id=" + userId).status());
        awaitEvents("user_id=" + userId + "&event=token_deleted");
        WebDriver console = browser();
        logIn(console, ADMIN, ADMIN_PASSWORD);
        openActivity(console);

        filter(console, userId, "token_issued", "2");
        assertEquals(2, activityRows(console).size());
        assertEquals(List.of("Token issued", "Token issued"), column(console, "Event"));
        assertEquals(List.of(user.getString("username"), user.getString("username")), column(console, "User"));
        assertEquals(List.of(ADMIN, ADMIN), column(console, "By"));
        assertTrue(visible(console, "activity-older").isDisplayed(), "a third one is older");
        console.findElement(By.id("activity-older")).click();
        awaitActivity(console);
        assertEquals(3, activityRows(console).size());
        assertFalse(console.findElement(By.id("activity-older")).isDisplayed(), "no event is older");
        List<String> shown = activityRows(console).stream().map(row -> row.findElement(By.cssSelector(
                "td[data-label=Token] span")).getAttribute("title")).toList();
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), shown, "newest first");
        screenshot(console, "activity");

        filter(console, userId, "token_deleted", "50");
        assertEquals(List.of("Token deleted"), column(console, "Event"));

        ((JavascriptExecutor) console).executeScript("arguments[0].value = arguments[1]",
                console.findElement(By.id("activity-since")), "2999-01-01T00:00:00");
        console.findElement(By.cssSelector("#activity-form button[type=submit]")).click();
        awaitActivity(console);
        assertTrue(console.findElement(By.id("no-activity")).isDisplayed(), "nothing since a time to come");
        assertTrue(activityRows(console).isEmpty());
    }

    @Test
    void aManagerSeesOnlyTheEventsOfTheUsersItManages() {
        JsonObject manager = newUser("manager", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        JsonObject managed = newUser("managed", "[\"subscriber\"]", "[]");
        JsonObject editor = newUser("editor", "[\"editor\"]", "[]");
        created(admin(), "{\"user_id\":" + managed.getInt("id") + "}");
        created(admin(), "{\"user_id\":" + editor.getInt("id") + "}");
        awaitEvents("user_id=" + managed.getInt("id") + "&event=token_issued");
        awaitEvents("user_id=" + editor.getInt("id") + "&event=token_issued");
        WebDriver console = browser();
        logIn(console, manager.getString("username"), passwordOf(manager));
        openActivity(console);
        filter(console, "", "token_issued", "500");

        List<String> users = column(console, "User");
        assertTrue(users.contains(managed.getString("username")), users::toString);
        assertFalse(users.contains(editor.getString("username")) || users.contains("user #" + editor.getInt("id")),
                "an editor's events are not a subscriber manager's: " + users);
        assertTrue(console.findElements(By.cssSelector("#activity-user option[value='" + editor.getInt("id") + "']"))
                .isEmpty(), "nor is the editor offered as a filter");
    }
}
