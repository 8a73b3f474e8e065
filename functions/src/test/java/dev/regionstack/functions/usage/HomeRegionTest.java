package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HomeRegionTest {
    @Test
    void eventualModeRefusesADebitOutsideTheHomeRegionAndNamesTheHomeRegion() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent response = other.debit("acme", "u", 5, "r1");

        assertThat(response.getStatusCode()).isEqualTo(421);
        assertThat(Fixture.body(response)).containsEntry("error", "wrong_region").containsEntry("homeRegion", "eu-west-2");
        assertThat(home.account("acme").balance()).isEqualTo(100);
    }

    @Test
    void eventualModeAcceptsADebitInTheHomeRegion() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);

        assertThat(home.debit("acme", "u", 5, "r1").getStatusCode()).isEqualTo(200);
        assertThat(home.account("acme").balance()).isEqualTo(95);
    }

    @Test
    void strongModeAcceptsADebitInAnyRegion() {
        Fixture home = new Fixture(Consistency.STRONG, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.STRONG, "us-east-1");

        APIGatewayProxyResponseEvent response = other.debit("acme", "u", 5, "r1");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(home.account("acme").balance()).isEqualTo(95);
    }

    @Test
    void eventualModeRefusesAGrantOutsideTheHomeRegion() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent response = other.grantHandler.handleRequest(
                Fixture.adminPost("acme", "{\"grantId\":\"g9\",\"credits\":5}"), null);

        assertThat(response.getStatusCode()).isEqualTo(421);
        assertThat(Fixture.body(response)).containsEntry("homeRegion", "eu-west-2");
    }

    @Test
    void eventualModeRefusesToCreateAnOrgWhoseHomeIsAnotherRegion() {
        Fixture f = new Fixture(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"g1\",\"credits\":5,\"homeRegion\":\"eu-west-2\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(421);
        assertThat(f.accounts.get("acme")).isEmpty();
    }

    @Test
    void anOrgCreatedWithoutAHomeRegionBelongsToTheRegionThatCreatedIt() {
        Fixture f = new Fixture(Consistency.EVENTUAL, "eu-west-2");

        f.org("acme", 1, Map.of());

        assertThat(f.account("acme").homeRegion()).isEqualTo("eu-west-2");
    }
}
