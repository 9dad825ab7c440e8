package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.security.domain.Role;
import cn.jiceng.testsupport.JicengSpringBootTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix: every Vaadin route (from Vaadin's route registry at runtime), every Spring MVC
 * endpoint (from RequestMappingHandlerMapping), the engine REST API and the Camunda webapps, for
 * anonymous users and for every role, compared with the one expected table
 * {@code src/test/resources/security/access-matrix.csv}, which docs/security.md publishes (checked
 * here too). A route or endpoint without a row fails the test, and so does a row without a route.
 * <ul>
 *   <li>routes: what Vaadin's navigation access control decides from the view's annotations
 *       ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}), the same check that
 *       guards navigation and builds the menu;</li>
 *   <li>MVC endpoints, {@code /engine-rest/**} and {@code /camunda/**}: real HTTP requests, signed in
 *       through the login form (with its CSRF token) as the demo user of the role, or with HTTP
 *       Basic for the REST API; Y = the request got past security (2xx, or 404 for a path variable
 *       that names nothing), N = refused (redirect to the login page, 401 or 403).</li>
 * </ul>
 * Row-level rules (a reviewer sees only their region's tasks) are proven by the cross-region tests.
 */
@JicengSpringBootTest
class AccessMatrixTest {

    static final Path CSV = Path.of("src/test/resources/security/access-matrix.csv");
    static final Path DOC = Path.of("docs/security.md");
    static final String BEGIN = "<!-- access-matrix:begin (generated from src/test/resources/security/access-matrix.csv) -->";
    static final String END = "<!-- access-matrix:end -->";

    /** The demo user who stands for each role. */
    static final Map<Role, String> USER_OF = new EnumMap<>(Map.of(Role.APPLICANT, "applicant", Role.REVIEWER, "kc.reviewer",
            Role.HR, "cc.hr", Role.LEADER, "cc.leader", Role.MEMBER_UNIT, "cc.minzheng", Role.INSPECTOR, "cc.inspector",
            Role.ADMIN, "admin"));

    /** Probed on behalf of the whole area: one request each. */
    static final String ENGINE_REST_PROBE = "/engine-rest/engine";
    static final String CAMUNDA_PROBE = "/camunda/app/cockpit/default/";

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    static List<String> subjects() {
        List<String> subjects = new ArrayList<>(List.of("ANONYMOUS"));
        for (Role role : Role.values()) {
            subjects.add(role.name());
        }
        return subjects;
    }

    @Test
    void everyRouteAndEndpointHasARowAndEveryRowMatchesWhatTheApplicationAllows() throws Exception {
        Map<String, Map<String, String>> actual = new TreeMap<>();
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        for (RouteData route : routes.getAvailableRoutes()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("ANONYMOUS", yn(checker.hasAccess(route.getNavigationTarget(), null, r -> false)));
            Principal someone = () -> "someone";
            for (Role role : Role.values()) {
                row.put(role.name(), yn(checker.hasAccess(route.getNavigationTarget(), someone, role.name()::equals)));
            }
            actual.put("route,/" + route.getTemplate(), row);
        }

        Map<String, HttpClient> sessions = new LinkedHashMap<>();
        sessions.put("ANONYMOUS", client());
        for (Role role : Role.values()) {
            sessions.put(role.name(), signedIn(USER_OF.get(role)));
        }
        for (var mapping : mvc.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                String probe = pattern.replaceAll("\\{[^}]*}", "0");
                Map<String, String> row = new LinkedHashMap<>();
                for (var session : sessions.entrySet()) {
                    row.put(session.getKey(), yn(passed(status(session.getValue(), probe, null))));
                }
                actual.put("mvc," + pattern, row);
            }
        }
        Map<String, String> rest = new LinkedHashMap<>();
        rest.put("ANONYMOUS", yn(passed(status(client(), ENGINE_REST_PROBE, null))));
        for (Role role : Role.values()) {
            rest.put(role.name(), yn(passed(status(client(), ENGINE_REST_PROBE, USER_OF.get(role)))));
        }
        actual.put("rest,/engine-rest/**", rest);
        Map<String, String> webapps = new LinkedHashMap<>();
        for (var session : sessions.entrySet()) {
            webapps.put(session.getKey(), yn(passed(status(session.getValue(), CAMUNDA_PROBE, null))));
        }
        actual.put("webapp,/camunda/**", webapps);

        Map<String, Map<String, String>> expected = readCsv();
        String asCsv = toCsv(actual);
        assertThat(actual.keySet()).as("routes/endpoints without a row in " + CSV + "; the table as it is now:\n" + asCsv)
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("rows of " + CSV + " that name no route or endpoint").isSubsetOf(actual.keySet());
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as(key + " (the table as it is now:\n" + asCsv + ")").isEqualTo(expected.get(key));
        }
    }

    @Test
    void docsSecurityPublishesTheSameTable() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/security.md has the generated access matrix").isNotNegative();
        assertThat(doc.substring(begin + BEGIN.length(), end).strip()).isEqualTo(markdown(readCsv()).strip());
    }

    /** The markdown table docs/security.md carries between the markers. */
    static String markdown(Map<String, Map<String, String>> table) {
        StringBuilder md = new StringBuilder("| Kind | Path | " + String.join(" | ", subjects()) + " |\n|---|---|"
                + "---|".repeat(subjects().size()) + "\n");
        table.forEach((key, row) -> {
            String[] parts = key.split(",", 2);
            md.append("| ").append(parts[0]).append(" | `").append(parts[1]).append("` | ")
                    .append(subjects().stream().map(s -> "Y".equals(row.get(s)) ? "✔" : "—").collect(Collectors.joining(" | ")))
                    .append(" |\n");
        });
        return md.toString();
    }

    static Map<String, Map<String, String>> readCsv() throws IOException {
        Map<String, Map<String, String>> table = new TreeMap<>();
        List<String> lines = Files.readAllLines(CSV);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header.subList(2, header.size())).as("columns of " + CSV).isEqualTo(subjects());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                row.put(header.get(i), cells[i].strip());
            }
            assertThat(table.put(cells[0] + "," + cells[1], row)).as("duplicate row " + line).isNull();
        }
        return table;
    }

    static String toCsv(Map<String, Map<String, String>> table) {
        StringBuilder csv = new StringBuilder("kind,path," + String.join(",", subjects()) + "\n");
        table.forEach((key, row) -> csv.append(key).append(',').append(String.join(",", row.values())).append('\n'));
        return csv.toString();
    }

    private static String yn(boolean allowed) {
        return allowed ? "Y" : "N";
    }

    private static boolean passed(HttpResponse<String> response) {
        int s = response.statusCode();
        boolean toLogin = s == 302 && response.headers().firstValue("Location").map(l -> l.contains("/login")).orElse(false);
        return !toLogin && s != 401 && s != 403;
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> status(HttpClient http, String path, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (basicUser + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form: GET the page for the session's CSRF token, POST it with the credentials. */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = client();
        String page = status(http, "/login", null).body();
        String parameter = meta(page, "_csrf_parameter");
        String token = meta(page, "_csrf");
        String form = enc(parameter) + "=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(DemoData.PASSWORD);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("login of " + username)
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("meta " + name).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
