package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: the login POST needs the CSRF token, and the security headers and cookie flags are sent. */
@JicengSpringBootTest
class LoginHardeningHttpTest {

    @LocalServerPort
    int port;

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient http, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("meta " + name + " in the login page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        HttpClient http = client();
        assertThat(get(http, "/login").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = postLogin(http, "username=cc.hr&password=" + enc(DemoData.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> home = get(http, "/");
        assertThat(home.statusCode()).as("still anonymous").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> wrongToken = postLogin(http, "_csrf=forged-token&username=cc.hr&password=" + enc(DemoData.PASSWORD));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginPostWithTheTokenOfTheLoginPageSignsTheUserIn() throws Exception {
        HttpClient http = client();
        String page = get(http, "/login").body();
        String parameter = meta(page, "_csrf_parameter");
        String token = meta(page, "_csrf");
        HttpResponse<String> login = postLogin(http, enc(parameter) + "=" + enc(token) + "&username=cc.hr&password="
                + enc(DemoData.PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(get(http, "/").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void pagesCarryContentSecurityPolicyReferrerPolicyAndNosniffButNoHstsOutsideProd() throws Exception {
        HttpResponse<String> login = get(client(), "/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure"));

        HttpResponse<String> rest = get(client(), "/engine-rest/task");
        assertThat(rest.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(rest.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
}
