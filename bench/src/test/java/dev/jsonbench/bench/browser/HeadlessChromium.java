package dev.jsonbench.bench.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens local HTML files in Debian's headless Chromium, as a reader would see them, through Debian's chromedriver
 * and Selenium: each visit saves a full-page screenshot to {@code target/screenshots/} and fails the test on any
 * console error (a script error, a failed resource load) after saving it.
 *
 * <p>The browser starts at the first visit and serves every visit until {@link #close()}: a test class keeps one in
 * a static {@code @AutoClose} field, which JUnit closes after all its tests. Where Chromium or its driver is not installed, a visit (or
 * {@link #assumeInstalled()}) skips the test, saying what to install; where they are installed but fail to start,
 * the test fails.
 *
 * <p>The browser runs with a fresh profile and everything that would reach the network switched off (this machine
 * has none, and a report must not need any).
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("jsonbench.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("jsonbench.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_SCREENSHOT_HEIGHT = 12_000;

    /** How the page is rendered: the colour scheme the reader prefers, or print media. */
    public enum Look {
        LIGHT, DARK, PRINT
    }

    /** The window the page is laid out in; a phone is narrow and dense. */
    public record Viewport(String name, int width, int height, double scale, boolean mobile) {
        public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, 1, false);
        public static final Viewport PHONE = new Viewport("phone", 390, 844, 2, true);
    }

    /** A page as loaded: where its screenshot is, and what it loaded besides itself. */
    public record Page(Path screenshot, List<String> resources, long height) {
    }

    private Path profile;
    private ChromeDriver driver;

    /** Skips the calling test (JUnit assumption), saying what to install, when Chromium or its driver is missing. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser test skipped: needs Debian's chromium at " + CHROMIUM + " and chromium-driver at " + DRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run installs them when it runs as root)");
    }

    private ChromeDriver driver() throws IOException {
        if (driver == null) {
            assumeInstalled();
            Path freshProfile = Files.createTempDirectory("jsonbench-chromium-");
            try {
                driver = start(freshProfile);
            } catch (RuntimeException e) {
                deleteTree(freshProfile);
                throw e;
            }
            profile = freshProfile;
        }
        return driver;
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Loads {@code html} in {@code viewport} with {@code look}, saves {@code target/screenshots/<name>.png} (the
     * whole page) and fails if the browser logged any error while loading it.
     */
    public Page visit(Path html, Viewport viewport, Look look, String name) throws IOException {
        ChromeDriver driver = driver();
        driver.manage().logs().get(LogType.BROWSER); // drops what earlier visits left
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height", viewport.height(),
                "deviceScaleFactor", viewport.scale(), "mobile", viewport.mobile()));
        cdp("Emulation.setEmulatedMedia", Map.of("media", look == Look.PRINT ? "print" : "screen",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", look == Look.DARK ? "dark" : "light"))));
        driver.get(html.toUri().toString());

        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        List<String> resources = new ArrayList<>();
        for (Object entry : (List<?>) script("return performance.getEntriesByType('resource').map(e => e.name)")) {
            resources.add(String.valueOf(entry));
        }
        Path screenshot = screenshot(name, viewport, Math.min(height, MAX_SCREENSHOT_HEIGHT));

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            fail(html + " logged " + errors.size() + " console error(s) (screenshot: " + screenshot + "):\n  "
                    + String.join("\n  ", errors));
        }
        return new Page(screenshot, List.copyOf(resources), height);
    }

    /** Runs {@code javaScript} in the page of the last visit (a function body: use {@code return}). */
    public Object script(String javaScript, Object... args) {
        if (driver == null) {
            throw new IllegalStateException("no page: visit one first");
        }
        return ((JavascriptExecutor) driver).executeScript(javaScript, args);
    }

    /** The size an element is drawn at, in CSS pixels. */
    public record Box(double width, double height) {
    }

    /** The boxes of every element of the last visited page that {@code selector} matches, in document order. */
    public List<Box> boxes(String selector) {
        List<?> sizes = (List<?>) script("return [...document.querySelectorAll(arguments[0])]"
                + ".map(e => e.getBoundingClientRect()).map(r => [r.width, r.height])", selector);
        return sizes.stream().map(size -> {
            List<?> wh = (List<?>) size;
            return new Box(((Number) wh.get(0)).doubleValue(), ((Number) wh.get(1)).doubleValue());
        }).toList();
    }

    private Path screenshot(String name, Viewport viewport, long height) throws IOException {
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", viewport.width(), "height", height, "scale", 1);
        Map<String, Object> result = cdp("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
        return file;
    }

    private Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    @Override
    public void close() throws IOException {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            driver = null;
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
