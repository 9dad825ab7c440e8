package cn.jiceng.security.web;

import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The security headers of every response, chosen so that Vaadin keeps working (checked by the
 * browser tests): Vaadin's client writes inline styles and scripts and runs the server's
 * {@code executeJs} through {@code new Function}, so scripts need 'unsafe-inline' and 'unsafe-eval'
 * in development and in production alike. The Camunda webapps send their own, stricter CSP (with
 * nonces); ours is left off their paths so that the two do not intersect into one that breaks them.
 * Spring Security adds {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options} and the
 * cache headers by default.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    public static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /** HSTS max-age in production: one year. */
    public static final long HSTS_MAX_AGE_SECONDS = 31_536_000L;

    private SecurityHeaders() {
    }

    /** The writers added to every filter chain; HSTS in production only. */
    public static List<HeaderWriter> writers(boolean production) {
        HeaderWriter csp = new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(SecurityConfig.path(SecurityConfig.CAMUNDA_WEBAPPS)),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY));
        HeaderWriter referrer = new ReferrerPolicyHeaderWriter(REFERRER_POLICY);
        if (!production) {
            return List.of(csp, referrer);
        }
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
        hsts.setIncludeSubDomains(true);
        // behind the TLS-terminating proxy the request may look plain to us; browsers ignore HSTS over http anyway
        hsts.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        return List.of(csp, referrer, hsts);
    }
}
