package dev.regionstack.functions.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantCreditsHandlerTest {
    @Test
    void aCallerOutsideTheAdminGroupIsRefusedWith403() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        APIGatewayProxyRequestEvent event = Fixture.withClaims("acme", "{\"grantId\":\"g1\",\"credits\":5}",
                Map.of("sub", "u1", "cognito:groups", "users,readers"));

        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getBody()).isEqualTo(
                "{\"error\":\"forbidden\",\"message\":\"granting credits requires the 'admin' group\"}");
        assertThat(f.accounts.get("acme")).isEmpty();
    }

    @Test
    void aRequestWithoutClaimsIsRefusedWith403() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withBody("{\"grantId\":\"g1\",\"credits\":5}").withPathParameters(Map.of("orgId", "acme"));

        assertThat(f.grantHandler.handleRequest(event, null).getStatusCode()).isEqualTo(403);
    }

    @Test
    void anAdminAmongSeveralGroupsMayGrant() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        APIGatewayProxyRequestEvent event = Fixture.withClaims("acme", "{\"grantId\":\"g1\",\"credits\":5}",
                Map.of("cognito:groups", "[ops admin]"));

        assertThat(f.grantHandler.handleRequest(event, null).getStatusCode()).isEqualTo(200);
        assertThat(f.account("acme").balance()).isEqualTo(5);
    }

    @Test
    void theSameGrantSentConcurrentlyAddsCreditsOnce() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 10);

        List<APIGatewayProxyResponseEvent> responses = Concurrently.run(20, i -> f.grantHandler.handleRequest(
                Fixture.adminPost("acme", "{\"grantId\":\"g-42\",\"credits\":50}"), null));

        assertThat(responses).extracting(APIGatewayProxyResponseEvent::getStatusCode).containsOnly(200);
        assertThat(responses).extracting(APIGatewayProxyResponseEvent::getBody).containsOnly(responses.get(0).getBody());
        assertThat(f.account("acme").balance()).isEqualTo(60);
    }

    @Test
    void aGrantRaisesThePeriodAllowanceWithTheBalance() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);
        f.debit("acme", "u", 30, "r1");

        f.grantHandler.handleRequest(Fixture.adminPost("acme", "{\"grantId\":\"g2\",\"credits\":50}"), null);

        Account account = f.account("acme");
        assertThat(List.of(account.balance(), account.allowance(), account.used())).containsExactly(120L, 150L, 30L);
    }

    @Test
    void anUnknownTierIsRefusedWith400() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");

        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(
                Fixture.adminPost("acme", "{\"grantId\":\"g1\",\"credits\":5,\"tier\":\"platinum\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Fixture.body(response)).containsEntry("message", "'tier' must be one of basic, premium, enterprise");
    }

    @Test
    void negativeCreditsAreRefusedWith400() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");

        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(
                Fixture.adminPost("acme", "{\"grantId\":\"g1\",\"credits\":-5}"), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Fixture.body(response)).containsEntry("message", "'credits' must be a whole number from 0 to 1000000000");
    }

    @Test
    void aRetryWhoseNestedUserLimitsComeInAnotherOrderIsTheSameGrant() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        String first = "{\"grantId\":\"g1\",\"credits\":5,\"userLimits\":{\"bob\":10,\"alice\":20}}";
        String retry = "{\"userLimits\":{\"alice\":20.0,\"bob\":10},\"credits\":5,\"grantId\":\"g1\"}";

        APIGatewayProxyResponseEvent a = f.grantHandler.handleRequest(Fixture.adminPost("acme", first), null);
        APIGatewayProxyResponseEvent b = f.grantHandler.handleRequest(Fixture.adminPost("acme", retry), null);

        assertThat(b.getStatusCode()).isEqualTo(200);
        assertThat(b.getBody()).isEqualTo(a.getBody());
        assertThat(f.account("acme").balance()).isEqualTo(5);
    }

    @Test
    void aRetryWithADifferentNestedLimitIsRefusedAsAnotherRequest() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"g1\",\"credits\":5,\"userLimits\":{\"bob\":10,\"alice\":20}}"), null);

        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"g1\",\"credits\":5,\"userLimits\":{\"alice\":21,\"bob\":10}}"), null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(Fixture.body(response)).containsEntry("error", "idempotency_key_reused");
    }
}
