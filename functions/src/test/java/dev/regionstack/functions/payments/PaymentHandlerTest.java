package dev.regionstack.functions.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentHandlerTest {
    private static APIGatewayProxyRequestEvent post(String body) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withBody(body);
    }

    private static PaymentProcessor processor(ProcessorPayment... payments) {
        Map<String, ProcessorPayment> byId = new java.util.HashMap<>();
        for (ProcessorPayment p : payments) {
            byId.put(p.paymentId(), p);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    @Test
    void aSettledPaymentSentConcurrentlyGrantsItsCreditsOnce() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        PaymentHandler handler = new PaymentHandler(new PaymentService(
                processor(new ProcessorPayment("pay-1", "acme", "succeeded", 500, 4900, "EUR")), f.credits));

        List<APIGatewayProxyResponseEvent> responses = Concurrently.run(20,
                i -> handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-1\"}"), null));

        assertThat(responses).extracting(APIGatewayProxyResponseEvent::getBody).containsOnly(
                "{\"paymentId\":\"pay-1\",\"orgId\":\"acme\",\"amount\":4900,\"currency\":\"EUR\",\"credits\":500,"
                        + "\"balance\":510,\"status\":\"recorded\"}");
        assertThat(f.account("acme").balance()).isEqualTo(510);
    }

    @Test
    void aPaymentNotYetSettledIsRefusedWith409AndNotRecorded() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        PaymentHandler handler = new PaymentHandler(new PaymentService(
                processor(new ProcessorPayment("pay-1", "acme", "pending", 500, 4900, "EUR")), f.credits));

        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-1\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(Fixture.body(response)).containsEntry("error", "payment_not_settled");
        assertThat(f.account("acme").balance()).isEqualTo(10);
    }

    @Test
    void anotherOrgsPaymentIsRefusedWith422() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        PaymentHandler handler = new PaymentHandler(new PaymentService(
                processor(new ProcessorPayment("pay-1", "globex", "succeeded", 500, 4900, "EUR")), f.credits));

        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-1\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(f.account("acme").balance()).isEqualTo(10);
    }

    @Test
    void aPaymentTheProcessorDoesNotKnowIs404() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        PaymentHandler handler = new PaymentHandler(new PaymentService(processor(), f.credits));

        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-9\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(Fixture.body(response)).containsEntry("error", "unknown_payment");
    }

    @Test
    void aRecordedPaymentAnswersFromItsRecordWithoutAskingTheProcessorAgain() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        PaymentProcessor counting = id -> {
            asked.incrementAndGet();
            return Optional.of(new ProcessorPayment("pay-1", "acme", "succeeded", 5, 100, "EUR"));
        };
        PaymentHandler handler = new PaymentHandler(new PaymentService(counting, f.credits));
        handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-1\"}"), null);

        APIGatewayProxyResponseEvent replay = handler.handleRequest(post("{\"orgId\":\"acme\",\"paymentId\":\"pay-1\"}"), null);

        assertThat(replay.getStatusCode()).isEqualTo(200);
        assertThat(asked.get()).isEqualTo(1);
        assertThat(f.account("acme").balance()).isEqualTo(15);
    }

    @Test
    void aMissingPaymentIdIs400() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        PaymentHandler handler = new PaymentHandler(new PaymentService(processor(), f.credits));

        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"orgId\":\"acme\"}"), null);

        assertThat(response.getBody()).isEqualTo("{\"error\":\"missing_field\",\"message\":\"'paymentId' is required\"}");
    }
}
