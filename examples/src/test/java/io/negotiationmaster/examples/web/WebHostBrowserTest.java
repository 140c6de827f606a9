package io.negotiationmaster.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium: sign up, verify, log in, negotiate the used car over the WebSocket,
 * accept, read the report with its charts; another user is refused. Skipped with a message when Chromium or
 * ChromeDriver is missing outside CI; under {@code CI=true} their absence fails the test.
 */
class WebHostBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static WebTestServer server;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + message);
            }
            System.out.println("SKIPPED WebHostBrowserTest: " + message);
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPersonSignsUpNegotiatesTheUsedCarOverTheSocketAndReadsTheReportWithCharts() throws IOException {
        WebDriver driver = browser();
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            signUpAndLogIn(driver, wait, "carol");

            WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("scenario-used-car-honda-accord")));
            card.findElement(By.cssSelector("button.brief")).click();
            wait.until(ExpectedConditions.visibilityOf(card.findElement(By.cssSelector(".briefing"))));
            assertThat(card.findElement(By.cssSelector(".briefing")).getText()).containsIgnoringCase("your role");
            card.findElement(By.cssSelector("button.start")).click();

            wait.until(ExpectedConditions.urlMatches("/negotiations/[0-9a-f-]{36}$"));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.ai")));

            say(driver, wait, "Hi Sarah! The Accord looks great. How long have you had it, and why are you selling?");
            String xss = "<script>alert(1)</script> Would you take $19,500?";
            say(driver, wait, xss);
            say(driver, wait, "I could do $20,500 if you include the extended warranty.");

            List<String> mine = driver.findElements(By.cssSelector(".msg.user .text")).stream()
                    .map(WebElement::getText).toList();
            assertThat(mine).contains(xss);
            assertThat(((JavascriptExecutor) driver).executeScript(
                    "return document.querySelectorAll('#messages script').length")).isEqualTo(0L);
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.findElement(By.id("their-offer")).getText()).startsWith("$");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept"))).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-status", "completed"));
            assertThat(driver.findElement(By.id("deal-badge")).getText()).isEqualTo("Deal");
            screenshot(driver, "web-chat.png");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("finish"))).click();
            wait.until(ExpectedConditions.urlMatches("/negotiations/[0-9a-f-]{36}/report$"));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            assertThat(driver.findElements(By.cssSelector("#dance-chart svg circle.offer-point"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(driver.findElements(By.cssSelector("#dance-chart svg line.deal"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#scores-chart svg rect.bar"))).hasSize(4);
            assertThat(driver.findElements(By.cssSelector("#progress-chart svg circle.history-point"))).hasSize(4);
            assertThat(driver.findElement(By.id("overall-score")).getText()).matches("\\d{1,3}");
            assertThat(driver.findElements(By.cssSelector("#milestones a.turn-link"))).isNotEmpty();
            String firstLink = driver.findElement(By.cssSelector("#milestones a.turn-link")).getAttribute("href");
            assertThat(driver.findElements(By.id(firstLink.substring(firstLink.indexOf('#') + 1)))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#transcript .msg.user .text")).stream()
                    .map(WebElement::getText)).contains(xss);
            screenshot(driver, "web-report.png");

            driver.get(server.url("/progress"));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            assertThat(driver.findElements(By.cssSelector("#history-table tbody tr"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#history-chart svg circle.history-point"))).hasSize(4);
            assertThat(driver.findElement(By.id("recommendation")).getText()).contains("Recommended next");
            screenshot(driver, "web-progress.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void anotherUserIsRefusedTheNegotiationPageItsDataAndItsSocket() {
        String id = new HttpSession(server).signedIn("dave").startUsedCar();
        WebDriver driver = browser();
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            signUpAndLogIn(driver, wait, "erin");
            driver.get(server.url("/negotiations/" + id));
            wait.until(ExpectedConditions.textToBe(By.id("error-status"), "403"));
            assertThat(driver.getPageSource()).doesNotContain("Sarah");

            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(45));
            @SuppressWarnings("unchecked")
            Map<String, Object> probe = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const id = arguments[0];
                    fetch('/api/negotiations/' + id, { credentials: 'same-origin' }).then(response => {
                      const got = [];
                      let opened = false;
                      const socket = new WebSocket('ws://' + location.host + '/ws/negotiations/' + id);
                      socket.onopen = () => { opened = true; };
                      socket.onmessage = event => got.push(event.data);
                      socket.onclose = event => done({ status: response.status, opened, got, code: event.code });
                    });
                    """, id);
            assertThat(probe.get("status")).isEqualTo(403L);
            assertThat(probe.get("opened")).isEqualTo(false);
            assertThat((List<?>) probe.get("got")).isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return driver;
    }

    private static void signUpAndLogIn(WebDriver driver, WebDriverWait wait, String name) {
        driver.get(server.url("/signup"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-submit")));
        driver.findElement(By.id("firstName")).sendKeys(name);
        driver.findElement(By.id("lastName")).sendKeys("Browser");
        driver.findElement(By.id("email")).sendKeys(name + "@example.com");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("a-long-passphrase-" + name);
        driver.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("verify-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("to-login"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
        driver.findElement(By.id("login")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("a-long-passphrase-" + name);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(server.url("/")));
        wait.until(ExpectedConditions.textToBe(By.id("whoami"), name));
    }

    /** Sends a message and waits until it and the counterpart's reply are both stored and shown. */
    private static void say(WebDriver driver, WebDriverWait wait, String text) {
        int before = driver.findElements(By.cssSelector("#messages .msg[data-seq]")).size();
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("message")));
        input.sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send"))).click();
        wait.until(d -> d.findElements(By.cssSelector("#messages .msg[data-seq]")).size() >= before + 2
                && d.findElements(By.cssSelector("#messages .msg.pending")).isEmpty());
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Dimension original = driver.manage().window().getSize();
        if (driver.getCurrentUrl().endsWith("/report") || driver.getCurrentUrl().endsWith("/progress")) {
            driver.manage().window().setSize(new Dimension(1280, Math.min(6000, ((Number) height).intValue() + 150)));
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(original);
    }
}
