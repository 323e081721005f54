package lu.adem.tremplin.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BrowserRequestTests {

    private static MockHttpServletRequest post(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    @Test
    void shouldTakeARequestWithoutOriginOrFetchMetadataForATool() {
        assertThat(BrowserRequest.foreignOrigin(post("http", "localhost", 8080)))
                .isEmpty();
        assertThat(BrowserRequest.isBrowser(post("http", "localhost", 8080))).isFalse();
    }

    @Test
    void shouldAcceptTheServersOwnOriginInAnySpelling() {
        MockHttpServletRequest request = post("https", "tremplin.adem.lu", 443);
        request.addHeader("Origin", "HTTPS://Tremplin.Adem.lu:443");
        request.addHeader("Sec-Fetch-Site", "same-origin");

        assertThat(BrowserRequest.foreignOrigin(request)).isEmpty();
    }

    @Test
    void shouldRefuseAnotherOriginASandboxedPageAndAnotherPort() {
        for (String origin :
                new String[] {"https://evil.example", "null", "http://tremplin.adem.lu", "https://tremplin.adem.lu:8443"
                }) {
            MockHttpServletRequest request = post("https", "tremplin.adem.lu", 443);
            request.addHeader("Origin", origin);
            assertThat(BrowserRequest.foreignOrigin(request))
                    .as(origin)
                    .hasValueSatisfying(v -> assertThat(v).contains(origin));
        }
    }

    @Test
    void shouldRefuseCrossSiteAndSameSiteFetchesAndAcceptTypedOnes() {
        for (String site : new String[] {"cross-site", "same-site"}) {
            MockHttpServletRequest request = post("http", "localhost", 8080);
            request.addHeader("Sec-Fetch-Site", site);
            assertThat(BrowserRequest.foreignOrigin(request)).as(site).isPresent();
        }
        MockHttpServletRequest typed = post("http", "localhost", 8080);
        typed.addHeader("Sec-Fetch-Site", "none");
        assertThat(BrowserRequest.foreignOrigin(typed)).isEmpty();
    }

    @Test
    void shouldRefuseAForeignOriginEvenWhenFetchMetadataClaimsTheSameOrigin() {
        MockHttpServletRequest request = post("http", "localhost", 8080);
        request.addHeader("Sec-Fetch-Site", "same-origin");
        request.addHeader("Origin", "https://evil.example");

        assertThat(BrowserRequest.foreignOrigin(request)).isPresent();
    }

    @Test
    void shouldTellABrowserByItsFetchMetadataOrItsPreferenceForHtml() {
        assertThat(BrowserRequest.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isTrue();
        assertThat(BrowserRequest.prefersHtml("*/*")).isFalse();
        assertThat(BrowserRequest.prefersHtml("application/json, text/html;q=0.5"))
                .isFalse();
        assertThat(BrowserRequest.prefersHtml("not a media type")).isFalse();
        MockHttpServletRequest fetch = post("http", "localhost", 8080);
        fetch.addHeader("Sec-Fetch-Mode", "cors");
        assertThat(BrowserRequest.isBrowser(fetch)).isTrue();
    }
}
