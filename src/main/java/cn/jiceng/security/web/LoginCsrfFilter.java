package cn.jiceng.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires Spring Security's CSRF token on the login form's POST. VaadinWebSecurity exempts the
 * login path from CSRF protection, so a forged cross-site form could sign a victim in as the
 * attacker (login CSRF). Vaadin's login form already sends the token: the bootstrap page carries it
 * in {@code <meta name="_csrf">} and {@code _csrf_parameter}, and {@code vaadin-login-form} copies
 * it into a hidden field before submitting. This filter, placed after Spring's CsrfFilter, takes the
 * session's token that CsrfFilter loaded and compares it (the form's value is XOR-masked, as Spring
 * issues it). Without a matching token the login is refused: the browser is sent back to the login
 * page with {@code ?expired} (the usual cause is a login page left open past the session timeout),
 * and no authentication is attempted.
 */
public class LoginCsrfFilter extends OncePerRequestFilter {

    private final RequestMatcher loginPost;
    private final String loginPage;
    private final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

    public LoginCsrfFilter(RequestMatcher loginPost, String loginPage) {
        this.loginPost = loginPost;
        this.loginPage = loginPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!loginPost.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Object deferred = request.getAttribute(DeferredCsrfToken.class.getName());
        CsrfToken expected = deferred instanceof DeferredCsrfToken d && !d.isGenerated() ? d.get() : null;
        String actual = expected == null ? null : handler.resolveCsrfTokenValue(request, expected);
        if (expected == null || actual == null || !MessageDigest.isEqual(
                expected.getToken().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><meta http-equiv=\"refresh\" content=\"0; url="
                    + request.getContextPath() + loginPage + "?expired\"><p>403 Forbidden: CSRF token missing or invalid.</p>");
            return;
        }
        chain.doFilter(request, response);
    }
}
