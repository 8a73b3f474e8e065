package dev.regionstack.functions.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.payments.PaymentHandler;
import dev.regionstack.functions.payments.PaymentProcessor;
import dev.regionstack.functions.payments.PaymentService;
import dev.regionstack.functions.payments.ProcessorPayment;
import dev.regionstack.functions.testing.Fixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Balances stay in 0..10^12, and no stored value, however it got there, makes the account unreadable. */
class CreditLimitTest {
    private final Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
    private final AtomicInteger asked = new AtomicInteger();

    private PaymentHandler payments(BigDecimal credits) {
        PaymentProcessor processor = id -> {
            asked.incrementAndGet();
            return Optional.of(new ProcessorPayment(id, "acme", "succeeded", credits, 4900, "EUR"));
        };
        return new PaymentHandler(new PaymentService(processor, f.credits));
    }

    private APIGatewayProxyResponseEvent pay(PaymentHandler handler, String paymentId) {
        return handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withBody("{\"orgId\":\"acme\",\"paymentId\":\"" + paymentId + "\"}"), null);
    }

    private APIGatewayProxyResponseEvent grant(String grantId, long credits) {
        return f.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"" + grantId + "\",\"credits\":" + credits + "}"), null);
    }

    private APIGatewayProxyResponseEvent view() {
        return new GetCreditsHandler(f.credits, "admin").handleRequest(new APIGatewayProxyRequestEvent()
                .withHttpMethod("GET").withPathParameters(Map.of("orgId", "acme")), null);
    }

    @Test
    void aProcessorReplyBeyondTheMaximumIsRecordedAsRejectedAndTheAccountStaysReadable() {
        f.org("acme", 100);
        PaymentHandler handler = payments(BigDecimal.valueOf(Long.MAX_VALUE - 50));

        APIGatewayProxyResponseEvent first = pay(handler, "pay-1");
        APIGatewayProxyResponseEvent retry = pay(handler, "pay-1");

        assertThat(first.getStatusCode()).isEqualTo(422);
        assertThat(Fixture.body(first)).containsEntry("error", "payment_rejected").containsEntry("status", "rejected")
                .containsEntry("credits", new BigDecimal("9223372036854775757"));
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(asked.get()).isEqualTo(1);
        assertThat(view().getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(view())).containsEntry("balance", new BigDecimal(100));
        assertThat(f.debit("acme", "u", 1, "r1").getStatusCode()).isEqualTo(200);
    }

    @Test
    void aFractionalProcessorReplyIsRejectedToo() {
        f.org("acme", 100);

        APIGatewayProxyResponseEvent response = pay(payments(new BigDecimal("12.5")), "pay-1");

        assertThat(Fixture.body(response)).containsEntry("error", "payment_rejected");
        assertThat(f.account("acme").balance()).isEqualTo(100);
    }

    @Test
    void aPaymentOfExactlyTheMaximumIsCreditedAndAnyGrantBeyondItRefused() {
        f.org("acme", 0);
        assertThat(pay(payments(BigDecimal.valueOf(Accounts.MAX_CREDITS - 5)), "pay-1").getStatusCode()).isEqualTo(200);

        APIGatewayProxyResponseEvent over = grant("g1", 6);
        APIGatewayProxyResponseEvent upTo = grant("g2", 5);

        assertThat(over.getStatusCode()).isEqualTo(422);
        assertThat(Fixture.body(over)).containsEntry("error", "balance_limit_exceeded")
                .containsEntry("balance", new BigDecimal(Accounts.MAX_CREDITS - 5));
        assertThat(upTo.getStatusCode()).isEqualTo(200);
        assertThat(f.account("acme").balance()).isEqualTo(Accounts.MAX_CREDITS);
        assertThat(grant("g1", 6).getStatusCode()).as("a refused grant is not stored: its retry is evaluated afresh")
                .isEqualTo(422);
    }

    @Test
    void aPaymentThatWouldPassTheMaximumBalanceIsRefusedAndNotRecorded() {
        f.org("acme", 10);
        PaymentHandler handler = payments(BigDecimal.valueOf(Accounts.MAX_CREDITS));

        APIGatewayProxyResponseEvent response = pay(handler, "pay-1");

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(Fixture.body(response)).containsEntry("error", "balance_limit_exceeded");
        assertThat(pay(handler, "pay-1").getStatusCode()).isEqualTo(422);
        assertThat(asked.get()).as("not recorded: the retry asks the processor again").isEqualTo(2);
        assertThat(f.account("acme").balance()).isEqualTo(10);
    }

    @Test
    void anOversizedStoredBalanceReadsAsDamagedAndFreezesTheAccount() {
        f.org("acme", 100);
        storeBalance(AttributeValue.fromN("9223372036854775857"));

        APIGatewayProxyResponseEvent read = view();
        APIGatewayProxyResponseEvent debit = f.debit("acme", "u", 1, "r1");
        APIGatewayProxyResponseEvent granted = grant("g1", 1);

        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(read)).containsEntry("balance", null).containsEntry("damaged", List.of("balance"))
                .containsEntry("allowance", new BigDecimal(100));
        assertThat(debit.getStatusCode()).isEqualTo(409);
        assertThat(Fixture.body(debit)).containsEntry("error", "account_damaged").containsEntry("damaged", List.of("balance"));
        assertThat(granted.getStatusCode()).isEqualTo(409);
        assertThat(rawBalance()).isEqualTo(AttributeValue.fromN("9223372036854775857"));
    }

    @Test
    void aBalanceOfTheWrongTypeReadsAsDamagedToo() {
        f.org("acme", 100);
        storeBalance(AttributeValue.fromS("lots"));

        assertThat(view().getStatusCode()).isEqualTo(200);
        assertThat(f.debit("acme", "u", 1, "r1").getStatusCode()).isEqualTo(409);
        assertThat(rawBalance()).isEqualTo(AttributeValue.fromS("lots"));
    }

    @Test
    void aRepairedAccountWorksAgain() {
        f.org("acme", 100);
        storeBalance(AttributeValue.fromN("1e30"));
        storeBalance(AttributeValue.fromN("80"));

        assertThat(f.debit("acme", "u", 1, "r1").getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(view())).containsEntry("balance", new BigDecimal(79)).doesNotContainKey("damaged");
    }

    private void storeBalance(AttributeValue value) {
        f.dynamo.updateItem(b -> b.tableName(f.table).key(Keys.account("acme"))
                .updateExpression("SET balance = :v").expressionAttributeValues(Map.of(":v", value)));
    }

    private AttributeValue rawBalance() {
        return f.dynamo.getItem(b -> b.tableName(f.table).key(Keys.account("acme")).consistentRead(true)).item().get("balance");
    }
}
