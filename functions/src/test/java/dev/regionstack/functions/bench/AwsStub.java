package dev.regionstack.functions.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.regionstack.functions.core.Json;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * A loopback stand-in for SQS SendMessage, SSM GetParameter, SES v2 SendEmail and the payment processor, so the
 * cold-start runs exercise every SDK client in the shaded jar without any AWS endpoint.
 */
final class AwsStub {
    private static final Map<String, Integer> CALLS = new TreeMap<>();

    private AwsStub() {
    }

    static synchronized Map<String, Integer> calls() {
        return new TreeMap<>(CALLS);
    }

    private static synchronized void count(String what) {
        CALLS.merge(what, 1, Integer::sum);
    }

    static HttpServer start() throws IOException {
        HttpServer server = HttpServer.create(CreditsBenchmark.loopback(), 0);
        String base = "http://127.0.0.1:%d";
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            String path = exchange.getRequestURI().getPath();
            if (target.endsWith("SendMessage")) {
                count("sqs:SendMessage");
                String message = (String) ((Map<?, ?>) Json.parse(body)).get("MessageBody");
                reply(exchange, 200, "{\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\"" + md5(message) + "\"}");
            } else if (target.endsWith("GetParameter")) {
                count("ssm:GetParameter");
                String endpoint = String.format(base, server.getAddress().getPort()) + "/processor";
                reply(exchange, 200, "{\"Parameter\":{\"Name\":\"p\",\"Type\":\"String\",\"Value\":\"" + endpoint + "\"}}");
            } else if (path.startsWith("/v2/email/outbound-emails")) {
                count("ses:SendEmail");
                reply(exchange, 200, "{\"MessageId\":\"e-1\"}");
            } else if (path.startsWith("/processor/payments/")) {
                count("processor:GetPayment");
                String id = path.substring("/processor/payments/".length());
                String org = id.substring("pay-".length());
                reply(exchange, 200, "{\"paymentId\":\"" + id + "\",\"orgId\":\"" + org
                        + "\",\"status\":\"succeeded\",\"credits\":50,\"amount\":500,\"currency\":\"EUR\"}");
            } else {
                count("unexpected " + target + " " + path);
                reply(exchange, 400, "{\"__type\":\"UnknownOperationException\"}");
            }
        });
        server.start();
        return server;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, d));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
