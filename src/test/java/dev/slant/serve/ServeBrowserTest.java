package dev.slant.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.cli.Main;
import dev.slant.core.FeatureType;
import dev.slant.evaluate.DevSetReader;
import dev.slant.evaluate.GoldDocument;
import dev.slant.evaluate.GoldSpan;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Score and Review pages in a real browser: Debian's headless Chromium driven through
 * chromium-driver. Skipped, saying why, where either is missing. With
 * {@code -Dslant.screenshots=DIR} it also saves the score and review views as PNG files there.
 */
class ServeBrowserTest {

  private static final String CHROMIUM = first(System.getProperty("slant.chromium"),
      "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final String DRIVER = first(System.getProperty("slant.chromedriver"),
      "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  private static final String ABSENT = "headless Chromium and chromium-driver are needed (Debian:"
      + " apt-get install chromium chromium-driver): skipping the serve browser tests";

  static final String ARTICLE = "The harbour authority pushed through a draconian curfew on"
      + " Tuesday. Critics slammed the regime, and sources close to the mayor said the"
      + " \"temporary\" rule would allegedly last a year. The stubborn council has not answered.";

  @TempDir
  static Path dir;
  static Server server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  private static String first(String configured, String... candidates) {
    if (configured != null) {
      return Files.isExecutable(Path.of(configured)) ? configured : null;
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return c;
      }
    }
    return null;
  }

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(CHROMIUM != null && DRIVER != null, ABSENT);
    // Selenium warns that it has no DevTools bindings for this Chromium; none are used.
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    server = ServeTesting.start(dir.resolve("reviews.jsonl"), 1_000_000, 100_000, 2);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=900,1300", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  private static void score(String title, String text) {
    browser.get(server.url());
    wait.until(d -> !d.findElements(By.cssSelector("#legend li")).isEmpty());
    WebElement textarea = browser.findElement(By.id("text"));
    browser.executeScript("arguments[0].value = arguments[1];", textarea, text);
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("score")).click();
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Scored"));
  }

  private static WebElement finding(String text) {
    return browser.findElements(By.cssSelector("#findings li")).stream()
        .filter(li -> li.findElement(By.className("ftext")).getText().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no finding " + text));
  }

  private static void waitSaved(int spans) {
    wait.until(d -> String.valueOf(spans).equals(
        d.findElement(By.id("save-state")).getDomAttribute("data-saved"))
        && d.findElement(By.id("save-state")).getText().startsWith("Saved"));
  }

  @Test
  void scoreReviewReloadAndFindTheReviewInTheAnnotationsFile() throws Exception {
    score("Curfew row", ARTICLE);

    // The highlights, in the HTML report's colours.
    List<WebElement> marks = browser.findElements(By.cssSelector("#article mark"));
    assertEquals(6, marks.size());
    WebElement slammed = marks.stream().filter(m -> m.getText().equals("slammed")).findFirst()
        .orElseThrow();
    assertTrue(slammed.getDomAttribute("class").contains("t-loaded_language"));
    assertEquals("rgba(255, 224, 168, 1)", slammed.getCssValue("background-color"));
    assertTrue(slammed.getDomProperty("title").contains("cue: loaded_language: slam"));
    slammed.click();
    assertTrue(browser.findElement(By.id("detail")).getText().contains("loaded language"));
    assertEquals("Curfew row", browser.findElement(By.id("r-title")).getText());
    assertEquals("6", browser.findElement(By.id("r-findings")).getText());
    assertFalse(browser.findElements(By.cssSelector("#sentences tbody tr")).isEmpty(),
        "the sentences the model rates biased");
    screenshot("serve-score.png", "r-title");

    browser.findElement(By.id("tab-review")).click();
    wait.until(d -> d.findElement(By.id("review-tools")).isDisplayed());
    finding("regime").findElement(By.className("reject")).click();
    waitSaved(5);

    boolean selected = (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const word = arguments[0];"
            + "for (const n of document.querySelectorAll('#article > *')) {"
            + "  const t = n.firstChild; const i = t ? t.data.indexOf(word) : -1;"
            + "  if (i >= 0) { const r = document.createRange(); r.setStart(t, i - 1);"
            + "    r.setEnd(t, i + word.length + 1); const s = window.getSelection();"
            + "    s.removeAllRanges(); s.addRange(r); return true; } }"
            + "return false;", "stubborn");
    assertTrue(selected);
    new Select(browser.findElement(By.id("add-type"))).selectByValue("loaded_adjective");
    browser.findElement(By.id("add-span")).click();
    waitSaved(6);
    screenshot("serve-review.png", "review-tools");

    browser.navigate().refresh();
    wait.until(d -> d.findElement(By.id("status")).getText().contains("saved review"));
    assertTrue(browser.getCurrentUrl().contains("/review?id="), browser.getCurrentUrl());
    assertTrue(finding("regime").getDomAttribute("class").contains("rejected"));
    assertEquals("stubborn", browser.findElement(By.cssSelector("#added li strong")).getText());
    assertEquals("/api/annotations", browser.findElement(By.id("download")).getDomAttribute("href"));

    List<GoldDocument> saved = DevSetReader.read(server.annotationsFile());
    assertEquals(1, saved.size());
    GoldDocument review = saved.get(0);
    assertEquals(ARTICLE, review.text());
    List<String> spans = review.spans().stream().map(s -> s.type().id() + " " + s.text()).toList();
    assertTrue(spans.contains("loaded_adjective stubborn"), spans.toString());
    assertFalse(spans.stream().anyMatch(s -> s.endsWith(" regime")), spans.toString());
    assertEquals(6, spans.size(), spans.toString());
    GoldSpan added = review.spans().stream().filter(s -> s.text().equals("stubborn")).findFirst()
        .orElseThrow();
    assertEquals(FeatureType.LOADED_ADJECTIVE, added.type());
    assertEquals(ARTICLE.indexOf("stubborn"), added.span().start());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), "check", "--data", server.annotationsFile().toString());
    assertEquals(0, code, err.toString());
  }

  @Test
  void aHostileTitleAndTextRunNoScript() throws Exception {
    String title = "<img src=x onerror=\"window.__pwned='title'\"><script>window.__pwned='t2'"
        + "</script>";
    String text = "Officials \"<script>window.__pwned='text'</script>\" reportedly said"
        + " <img src=x onerror=\"window.__pwned='img'\"> the <b>regime</b> "
        + "\"><svg onload=\"window.__pwned='svg'\"> fell.";
    score(title, text);
    Thread.sleep(500);
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned;"));
    assertEquals(title, browser.findElement(By.id("r-title")).getText());
    assertTrue(browser.findElements(By.cssSelector("#article img, #article script, #article svg,"
        + " #article b, #r-title img")).isEmpty());
    assertEquals(text, browser.findElement(By.id("article")).getDomProperty("textContent"));
    browser.findElement(By.id("tab-review")).click();
    browser.navigate().refresh();
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Scored"));
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned;"));
  }

  @Test
  void compareAnUploadedCorpusWithAProgressBarThenReadTheReport() throws Exception {
    Path corpus = dir.resolve("coverage.csv");
    StringBuilder csv = new StringBuilder("id,outlet,title,text\n");
    for (int i = 0; i < 12; i++) {
      csv.append("n").append(i).append(",North Star,Curfew ").append(i)
          .append(",\"The council pushed through a draconian curfew, and critics slammed the")
          .append(" regime's so-called \"\"safety plan\"\" number ").append(i).append(".\"\n");
      csv.append("w").append(i).append(",Harbour Wire,Curfew ").append(i)
          .append(",The council approved a curfew by six votes to three on day ").append(i)
          .append(".\n");
    }
    Files.writeString(corpus, csv);
    browser.get(server.url() + "compare");
    browser.findElement(By.id("corpus")).sendKeys(corpus.toString());
    browser.findElement(By.id("start")).click();
    wait.until(d -> d.findElement(By.id("progress-block")).isDisplayed());
    wait.until(d -> d.findElement(By.id("report-link")).isDisplayed());
    assertTrue(browser.findElement(By.id("progress-text")).getText().contains("Compared 24"));
    browser.findElement(By.id("open-report")).click();
    wait.until(d -> d.getPageSource().contains("Harbour Wire"));
    assertTrue(browser.getCurrentUrl().contains("/compare/"), browser.getCurrentUrl());
    assertTrue(browser.getPageSource().contains("North Star"));
  }

  /** Saves the page from {@code topId} down when {@code -Dslant.screenshots=DIR} is given. */
  private static void screenshot(String name, String topId) throws Exception {
    String target = System.getProperty("slant.screenshots");
    if (target == null) {
      return;
    }
    browser.manage().window().setSize(new Dimension(820, 1000));
    browser.executeScript("document.getElementById(arguments[0]).scrollIntoView();"
        + "document.activeElement.blur();", topId);
    byte[] png = Objects.requireNonNull(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    Files.createDirectories(Path.of(target));
    Files.write(Path.of(target, name), png);
  }
}
