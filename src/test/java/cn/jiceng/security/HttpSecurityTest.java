package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the HTTP endpoints answer to anonymous users, wrong roles and administrators. */
@JicengSpringBootTest
class HttpSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void engineRestWithoutCredentialsIs401() throws Exception {
        HttpResponse<String> response = get("/engine-rest/task", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/engine-rest/process-definition", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestWithWrongPasswordOrCamundaDemoDefaultIs401() throws Exception {
        assertThat(get("/engine-rest/task", "admin", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", "demo", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestForANonAdminRoleIs403() throws Exception {
        assertThat(get("/engine-rest/task", "kc.reviewer", DemoData.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/task", "province.leader", DemoData.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/user", "applicant", DemoData.PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void engineRestForAnAdminAnswersWithTheSameUsersAsTheApp() throws Exception {
        HttpResponse<String> tasks = get("/engine-rest/task", "admin", DemoData.PASSWORD);
        assertThat(tasks.statusCode()).isEqualTo(200);
        HttpResponse<String> user = get("/engine-rest/user/kc.reviewer/profile", "admin", DemoData.PASSWORD);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("kc.reviewer");
    }

    @Test
    void camundaWebappsRequireLoginAndCannotBeReachedWithBasicAuth() throws Exception {
        assertThat(get("/camunda/app/cockpit/default/", null, null).statusCode()).isEqualTo(302);
        assertThat(get("/camunda/api/engine/engine/default/process-definition/count", null, null).statusCode())
                .isIn(302, 401, 403);
    }

    @Test
    void viewsRedirectAnonymousUsersToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/tasks", "/org", "/users"}) {
            HttpResponse<String> response = get(path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(get("/login", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void errorPagesShareOneStyleSheetThatAnonymousUsersMayLoad() throws Exception {
        HttpResponse<String> css = get("/error/error.css", null, null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("main {", "a.home");
    }
}
