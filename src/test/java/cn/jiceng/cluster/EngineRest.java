package cn.jiceng.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The Camunda REST API of one node ({@code /engine-rest}, HTTP Basic, ADMIN only: SecurityConfig), the way the
 * jar tests drive work: they cannot sign in to Vaadin over plain HTTP, and the engine's task listeners keep the
 * workbench projection, trail, notifications and escalations the same whichever API completes a task.
 */
public final class EngineRest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;

    public EngineRest(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One request; an IOException means no answer (the node is gone, or the connection was cut). */
    public Response call(String method, String path, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A request that must succeed; its JSON answer (or null for 204). */
    public JsonNode ok(String method, String path, Object body) {
        try {
            Response response = call(method, path, body);
            if (!response.ok()) {
                throw new IllegalStateException(method + " " + baseUrl + path + " answered " + response.status() + ": " + response.body());
            }
            return response.body().isBlank() ? null : response.json();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path, e);
        }
    }

    public int status(String method, String path) {
        try {
            return call(method, path, null).status();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Starts the sample review ({@code processes/sample-review.bpmn}) as ReviewTaskService does; its instance id. */
    public String startSampleReview(String unitCode, String title, String businessKey, OffsetDateTime due) {
        ObjectNode body = JSON.createObjectNode().put("businessKey", businessKey);
        ObjectNode vars = body.putObject("variables");
        string(vars, "unitCode", unitCode);
        string(vars, "title", title);
        string(vars, "dueDate", due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return ok("POST", "/engine-rest/process-definition/key/sampleReview/start", body).get("id").asText();
    }

    /** The open review task of a sample review instance. */
    public String taskOf(String processInstanceId) {
        JsonNode tasks = ok("GET", "/engine-rest/task?processInstanceId=" + processInstanceId, null);
        if (tasks.size() != 1) {
            throw new IllegalStateException("instance " + processInstanceId + " has " + tasks.size() + " open tasks");
        }
        return tasks.get(0).get("id").asText();
    }

    /** Completes a review task with a decision (the variables SampleReviewStep submits). */
    public Response complete(String taskId, boolean approved, String opinion) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        vars.putObject("approved").put("value", approved).put("type", "Boolean");
        string(vars, "opinion", opinion);
        return call("POST", "/engine-rest/task/" + taskId + "/complete", body);
    }

    static void string(ObjectNode vars, String name, String value) {
        vars.putObject(name).put("value", value).put("type", "String");
    }
}
