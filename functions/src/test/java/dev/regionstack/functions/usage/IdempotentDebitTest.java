package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentDebitTest {
    @Test
    void fiftyConcurrentCopiesOfOneRequestChargeOnceAndAnswerAlike() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 1000);

        List<APIGatewayProxyResponseEvent> responses = Concurrently.run(50, i -> f.debit("acme", "alice", 7, "req-1"));

        assertThat(responses).extracting(APIGatewayProxyResponseEvent::getStatusCode).containsOnly(200);
        assertThat(responses).extracting(APIGatewayProxyResponseEvent::getBody).containsOnly(
                "{\"requestId\":\"req-1\",\"orgId\":\"acme\",\"userId\":\"alice\",\"units\":7,\"charged\":true,"
                        + "\"balance\":993,\"period\":\"" + f.accounts.currentPeriod() + "\"}");
        assertThat(f.account("acme").balance()).isEqualTo(993);
    }

    @Test
    void aRetryAfterTheAnswerIsMarkedReplayedAndChargesNothing() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        APIGatewayProxyResponseEvent first = f.debit("acme", "alice", 3, "req-1");

        APIGatewayProxyResponseEvent retry = f.debit("acme", "alice", 3, "req-1");

        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(f.account("acme").balance()).isEqualTo(7);
    }

    @Test
    void theAccountForgetsTheRequestOnceItsAnswerIsStored() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);

        f.debit("acme", "alice", 3, "req-1");

        assertThat(f.account("acme").applied()).isEmpty();
    }

    @Test
    void reusingARequestIdForADifferentDebitIsRefusedWith422() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        f.debit("acme", "alice", 3, "req-1");

        APIGatewayProxyResponseEvent reused = f.debit("acme", "alice", 4, "req-1");

        assertThat(reused.getStatusCode()).isEqualTo(422);
        assertThat(Fixture.body(reused)).containsEntry("error", "idempotency_key_reused");
        assertThat(f.account("acme").balance()).isEqualTo(7);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItsRetrySucceedsAfterAGrant() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 2);
        assertThat(f.debit("acme", "alice", 5, "req-1").getStatusCode()).isEqualTo(402);
        f.grantHandler.handleRequest(Fixture.adminPost("acme", "{\"grantId\":\"g2\",\"credits\":10}"), null);

        APIGatewayProxyResponseEvent retry = f.debit("acme", "alice", 5, "req-1");

        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(f.account("acme").balance()).isEqualTo(7);
    }

    @Test
    void aDebitAppliedBeforeACrashIsAnsweredWithoutChargingAgain() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);
        // A first attempt debited the account and died before its answer was stored (its claim was released).
        f.accounts.debit("acme", "alice", 4, "usage:req-1");

        APIGatewayProxyResponseEvent retry = f.debit("acme", "alice", 4, "req-1");

        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(f.account("acme").balance()).isEqualTo(6);
    }
}
