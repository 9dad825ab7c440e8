package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.security.web.SecurityHeaders;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The {@code prod} profile: HSTS on every response (the TLS-terminating proxy may forward plain
 * HTTP) and the session cookie Secure, HttpOnly, SameSite=Lax; the default profile sends no HSTS.
 * (Starting a whole second application context in {@code prod} needs production keys and no demo
 * data; the header writers and the profile's properties are what that context would use.)
 */
class ProdSecurityHeadersTest {

    private static MockHttpServletResponse write(boolean production, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityHeaders.writers(production).forEach(w -> w.writeHeaders(request, response));
        return response;
    }

    @Test
    void prodSendsHstsForAYearWithSubdomainsBesidesCspAndReferrerPolicy() {
        MockHttpServletResponse response = write(true, "/tasks");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self' 'unsafe-inline'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void outsideProdThereIsNoHsts() {
        MockHttpServletResponse response = write(false, "/tasks");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).isNotNull();
    }

    @Test
    void theCamundaWebappsKeepTheirOwnContentSecurityPolicy() {
        assertThat(write(true, "/camunda/app/cockpit/default/").getHeader("Content-Security-Policy")).isNull();
    }

    @Test
    void prodSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        Properties base = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(base.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
        assertThat(base.getProperty("server.servlet.session.timeout")).isEqualTo("${JICENG_SESSION_TIMEOUT:30m}");
    }
}
