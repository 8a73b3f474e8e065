package dev.regionstack.functions.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.credits.GetCreditsHandler;
import dev.regionstack.functions.credits.GrantCreditsHandler;
import dev.regionstack.functions.notify.ThresholdNotification;
import dev.regionstack.functions.notify.ThresholdNotificationHandler;
import dev.regionstack.functions.payments.PaymentHandler;
import dev.regionstack.functions.usage.UsageCheckHandler;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lambda-like cold start in a fresh JVM on the shaded jar only (plus this class): the handler's constructor
 * is Lambda's init phase (static clients built), then the first invocations. Prints one JSON line of timings.
 * Also drives the SQS, SSM and SES clients of the shaded jar against the benchmark's loopback stub.
 */
public final class ColdStart {
    public static void main(String[] args) {
        String org = args[0];
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        UsageCheckHandler usage = new UsageCheckHandler();
        long t1 = System.nanoTime();
        APIGatewayProxyResponseEvent first = usage.handleRequest(debit(org, "first"), null);
        long t2 = System.nanoTime();
        APIGatewayProxyResponseEvent second = usage.handleRequest(debit(org, "second"), null);
        long t3 = System.nanoTime();
        if (first.getStatusCode() != 200 || second.getStatusCode() != 200) {
            throw new IllegalStateException("debits failed: " + first.getBody() + " / " + second.getBody());
        }
        long p0 = System.nanoTime();
        APIGatewayProxyResponseEvent payment = new PaymentHandler().handleRequest(new APIGatewayProxyRequestEvent()
                .withBody("{\"orgId\":\"" + org + "\",\"paymentId\":\"pay-" + org + "\"}"), null);
        long p1 = System.nanoTime();
        if (payment.getStatusCode() != 200) {
            throw new IllegalStateException("payment failed: " + payment.getBody());
        }
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m1");
        String period = (String) ((Map<?, ?>) Json.parse(first.getBody())).get("period");
        message.setBody(new ThresholdNotification(org, period, 80, 80, 100, 20, "ops@example.com").toJson());
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        long n0 = System.nanoTime();
        int failures = new ThresholdNotificationHandler().handleRequest(event, null).getBatchItemFailures().size();
        long n1 = System.nanoTime();
        if (failures != 0) {
            throw new IllegalStateException("the threshold email failed");
        }
        long g0 = System.nanoTime();
        APIGatewayProxyRequestEvent.ProxyRequestContext admin = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        admin.setAuthorizer(Map.of("claims", Map.of("cognito:groups", "admin")));
        APIGatewayProxyResponseEvent grant = new GrantCreditsHandler().handleRequest(new APIGatewayProxyRequestEvent()
                .withPathParameters(Map.of("orgId", org)).withRequestContext(admin)
                .withBody("{\"grantId\":\"cold\",\"credits\":5}"), null);
        APIGatewayProxyResponseEvent view = new GetCreditsHandler().handleRequest(new APIGatewayProxyRequestEvent()
                .withPathParameters(Map.of("orgId", org)), null);
        long g1 = System.nanoTime();
        if (grant.getStatusCode() != 200 || view.getStatusCode() != 200) {
            throw new IllegalStateException("credits handlers failed: " + grant.getBody() + " / " + view.getBody());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jvmStartToHandlerMs", System.currentTimeMillis() - jvmStart - (System.nanoTime() - t0) / 1_000_000);
        out.put("usageInitMs", (t1 - t0) / 1_000_000);
        out.put("firstDebitMs", (t2 - t1) / 1_000_000);
        out.put("secondDebitMs", (t3 - t2) / 1_000_000);
        out.put("paymentInitAndFirstMs", (p1 - p0) / 1_000_000);
        out.put("notifyInitAndFirstMs", (n1 - n0) / 1_000_000);
        out.put("grantAndGetInitAndFirstMs", (g1 - g0) / 1_000_000);
        System.out.println(Json.write(out));
    }

    private static APIGatewayProxyRequestEvent debit(String org, String requestId) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withBody(
                "{\"orgId\":\"" + org + "\",\"userId\":\"u\",\"units\":1,\"requestId\":\"" + requestId + "\"}");
    }

    private ColdStart() {
    }
}
