package dev.regionstack.functions.search;

import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.sun.net.httpserver.HttpServer;
import dev.regionstack.functions.core.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The handler against a local HTTP server standing in for the domain's REST API: what it sends (the {@code _bulk}
 * body, the SigV4 headers of the SDK's real signer) and what it does with each kind of answer.
 */
class LogShipperHandlerTest {
    private HttpServer server;
    private final List<Map<String, String>> requests = new ArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"took\":3,\"errors\":false,\"items\":[{\"index\":{\"status\":201}},{\"index\":{\"status\":201}}]}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put("method", exchange.getRequestMethod());
            seen.put("path", exchange.getRequestURI().getPath());
            seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            seen.put("content-sha256", exchange.getRequestHeaders().getFirst("x-amz-content-sha256"));
            seen.put("security-token", exchange.getRequestHeaders().getFirst("X-Amz-Security-Token"));
            seen.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(seen);
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    private LogShipperHandler handler() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new LogShipperHandler(new SignedHttp(base, "eu-west-2",
                StaticCredentialsProvider.create(software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create("AKIDEXAMPLE", "secret", "token"))), "logs");
    }

    static CloudWatchLogsEvent event(String messageType, List<Map<String, Object>> events) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("messageType", messageType);
        root.put("owner", "111111111111");
        root.put("logGroup", "/aws/lambda/acme-prod-get-credits");
        root.put("logStream", "2026/12/03/[$LATEST]abc");
        root.put("subscriptionFilters", List.of("GetCreditsLogsToSearch"));
        root.put("logEvents", events);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Json.write(root).getBytes(StandardCharsets.UTF_8));
        }
        CloudWatchLogsEvent event = new CloudWatchLogsEvent();
        CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
        logs.setData(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        event.setAwsLogs(logs);
        return event;
    }

    static List<Map<String, Object>> twoEvents() {
        return List.of(
                Map.of("id", "37516", "timestamp", 1764763200000L, "message", "START RequestId: 1"),
                Map.of("id", "37517", "timestamp", 1764763201500L, "message", "{\"level\":\"INFO\",\"msg\":\"granted\"}"));
    }

    @Test
    void indexesEveryEventIntoTheDaysIndexWithItsIdSignedForEs() throws IOException {
        assertThat(handler().handleRequest(event("DATA_MESSAGE", twoEvents()), null)).isEqualTo("indexed 2");
        assertThat(requests).hasSize(1);
        Map<String, String> r = requests.get(0);
        assertThat(r).containsEntry("method", "POST").containsEntry("path", "/_bulk")
                .containsEntry("content-type", "application/x-ndjson").containsEntry("security-token", "token");
        assertThat(r.get("authorization")).matches("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-west-2/es/aws4_request, "
                + "SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}");
        assertThat(r.get("content-sha256")).matches("[0-9a-f]{64}");
        List<String> lines = r.get("body").lines().toList();
        assertThat(r.get("body")).endsWith("\n");
        assertThat(lines).hasSize(4);
        assertThat(Json.parse(lines.get(0))).isEqualTo(Json.parse("{\"index\":{\"_index\":\"logs-2025.12.03\",\"_id\":\"37516\"}}"));
        assertThat(Json.parse(lines.get(3))).isEqualTo(Json.parse("{\"@timestamp\":\"2025-12-03T12:00:01.500Z\","
                + "\"message\":\"{\\\"level\\\":\\\"INFO\\\",\\\"msg\\\":\\\"granted\\\"}\",\"logGroup\":\"/aws/lambda/acme-prod-get-credits\","
                + "\"logStream\":\"2026/12/03/[$LATEST]abc\",\"account\":\"111111111111\"}"));
    }

    @Test
    void aControlMessageSendsNothing() throws IOException {
        assertThat(handler().handleRequest(event("CONTROL_MESSAGE", List.of(
                Map.of("id", "", "timestamp", 1764763200000L, "message", "CWL CONTROL MESSAGE: Checking health of destination Lambda.."))), null))
                .isEqualTo("nothing to index");
        assertThat(requests).isEmpty();
    }

    @Test
    void documentsTheDomainCannotTakeNowFailTheDeliverySoLambdaRetriesIt() throws IOException {
        answer = "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},{\"index\":{\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\"}}}]}";
        assertThat(assertThrows(IllegalStateException.class, () -> handler().handleRequest(event("DATA_MESSAGE", twoEvents()), null)))
                .hasMessage("1 of 2 documents were not indexed yet");
    }

    @Test
    void documentsTheDomainRefusesAreDroppedSinceARetryWouldBeRefusedToo() throws IOException {
        answer = "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},{\"index\":{\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\"}}}]}";
        assertThat(handler().handleRequest(event("DATA_MESSAGE", twoEvents()), null)).isEqualTo("indexed 1");
    }

    @Test
    void aRefusedRequestFailsWithTheDomainsAnswer() throws IOException {
        status = 403;
        answer = "{\"message\":\"no permissions for [indices:data/write/bulk]\"}";
        assertThat(assertThrows(IllegalStateException.class, () -> handler().handleRequest(event("DATA_MESSAGE", twoEvents()), null)))
                .hasMessage("the domain answered 403 to _bulk: {\"message\":\"no permissions for [indices:data/write/bulk]\"}");
    }
}
