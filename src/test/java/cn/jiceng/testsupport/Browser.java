package cn.jiceng.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium driven by Selenium; never a browser that downloads itself. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserCondition.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--window-size=1400,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(BrowserCondition.CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        moveTo(port);
    }

    /**
     * The same browser (its cookies, its window) goes on at another port: what a load balancer does
     * to a user whose node is gone.
     */
    public void moveTo(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Scrolls the element to the middle of the window, then clicks it. */
    public void click(By by) {
        WebElement element = waitFor(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Picks the item of a Vaadin combo box whose label contains the text: types it, then clicks the
     * matching item of the opened list (the journeys share one application, so "the first item" may
     * be another journey's).
     */
    public void choose(String comboBoxId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + comboBoxId + " input"));
        input.clear();
        input.sendKeys(text);
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> String.valueOf(input.getDomProperty("value")).contains(text));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Logs in through the Vaadin login form and waits for the home page (a leader's opens on the dashboard). */
    public void login(String username, String password) {
        open("/login");
        signIn(username, password);
        waitFor(By.cssSelector("#home-view, #dashboard-view"));
    }

    /** Fills and submits the sign-in form shown now (e.g. after a redirect to it), without waiting for a page. */
    public void signIn(String username, String password) {
        waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /**
     * Types into the workbench's search and waits until the filter has applied: every case in the
     * list then contains the text (the grid re-uses its row elements, so a click before that may
     * land on another case).
     */
    public void filterTasks(String text) {
        waitFor(By.cssSelector("#filter-text input")).sendKeys(text);
        try {
            // the grid may re-render a row while it is read: look again rather than fail
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                // rows the grid keeps for re-use but does not show still carry their old case
                List<WebElement> cases = d.findElements(By.cssSelector("#tasks-grid vaadin-button[data-case]")).stream()
                        .filter(WebElement::isDisplayed).toList();
                return !cases.isEmpty() && cases.stream().allMatch(c -> c.getAttribute("data-case").contains(text));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("debug-filter");
            throw e;
        }
    }

    /** Saves a screenshot under target/screenshots (the user guide copies them into docs/images). */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
