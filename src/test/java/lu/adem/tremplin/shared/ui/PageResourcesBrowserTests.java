package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lu.adem.tremplin.support.BrowserTest;

/**
 * Real Chromium opens the main pages of each role and records every request they make, the browser's own
 * ({@code /favicon.ico}) included: none may fail (once: {@code /VAADIN/themes//styles.css} for a theme without
 * a name, and a missing favicon).
 */
class PageResourcesBrowserTests extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected String windowSize() {
        return "1280,800";
    }

    @Override
    protected boolean recordsNetwork() {
        return true;
    }

    @Test
    void shouldLoadEveryResourceOfTheMainPages() {
        List<String> failed = new ArrayList<>();
        browser.get(url("/login"));
        visible(By.cssSelector("vaadin-login-form"));
        failed.addAll(failedRequests());

        failed.addAll(open("counsellor", "/inbox", "/jobseekers", "/catalogue", "/clubs"));
        failed.addAll(open("supervisor", "/cockpit", "/pilot-review"));
        failed.addAll(open("processowner", "/processes"));
        browser.get("about:blank"); // what the last page still requested
        failed.addAll(failedRequests());

        assertThat(failed).isEmpty();
    }

    private List<String> open(String user, String... paths) {
        signIn(user);
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            browser.get(url(path));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
            waiting().until(driver -> script("return document.readyState").equals("complete"));
            failed.addAll(failedRequests());
        }
        return failed;
    }

    /** The requests answered with an error since the last call, as "status url". */
    private List<String> failedRequests() {
        List<String> failed = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                JsonNode response = message.path("params").path("response");
                if (message.path("method").asText().equals("Network.responseReceived")
                        && response.path("status").asInt() >= 400) {
                    failed.add(response.path("status").asInt() + " "
                            + response.path("url").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Chromium wrote a log entry that is not JSON", e);
            }
        }
        return failed;
    }
}
