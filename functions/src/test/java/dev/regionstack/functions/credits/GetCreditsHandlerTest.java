package dev.regionstack.functions.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetCreditsHandlerTest {
    private static APIGatewayProxyRequestEvent get(String orgId) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPathParameters(Map.of("orgId", orgId));
    }

    @Test
    void answersBalanceTierAndUsageThisPeriod() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("tier", "premium"));
        f.debit("acme", "u", 25, "r1");
        GetCreditsHandler handler = new GetCreditsHandler(f.credits, "admin");

        APIGatewayProxyResponseEvent response = handler.handleRequest(get("acme"), null);

        assertThat(response.getBody()).isEqualTo("{\"orgId\":\"acme\",\"tier\":\"premium\",\"balance\":75,\"period\":\""
                + f.accounts.currentPeriod() + "\",\"usedThisPeriod\":25,\"allowance\":100,\"homeRegion\":\"eu-west-2\","
                + "\"userLimits\":{},\"userRemaining\":{}}");
    }

    @Test
    void eventualModeServesTheViewInEveryRegion() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent response = new GetCreditsHandler(other.credits, "admin").handleRequest(get("acme"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(response)).containsEntry("homeRegion", "eu-west-2");
    }

    @Test
    void anUnknownOrgIs404() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");

        APIGatewayProxyResponseEvent response = new GetCreditsHandler(f.credits, "admin").handleRequest(get("nobody"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(Fixture.body(response)).containsEntry("error", "unknown_org");
    }

    @Test
    void aMalformedOrgIdIs400() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");

        assertThat(new GetCreditsHandler(f.credits, "admin").handleRequest(get("a#b"), null).getStatusCode()).isEqualTo(400);
    }

    @Test
    void aMemberOfAnotherOrgIsRefusedWith403() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);
        APIGatewayProxyRequestEvent event = Fixture.withClaims("acme", null, Map.of("custom:orgId", "globex"));

        assertThat(new GetCreditsHandler(f.credits, "admin").handleRequest(event, null).getStatusCode()).isEqualTo(403);
    }
}
