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
    void eventualModeCreatesOrgsOnlyInThePrimaryRegionAndARefusalWritesNothing() {
        Fixture primary = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        Fixture other = primary.inRegion(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent response = other.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"g1\",\"credits\":5,\"homeRegion\":\"us-east-1\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(421);
        assertThat(Fixture.body(response)).containsEntry("error", "wrong_region").containsEntry("homeRegion", "eu-west-2");
        assertThat(items(primary)).isZero();
    }

    @Test
    void thePrimaryCreatesAnOrgHomedElsewhereWhichFromThenOnOnlyItsHomeWrites() {
        Fixture primary = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        Fixture home = primary.inRegion(Consistency.EVENTUAL, "us-east-1");

        APIGatewayProxyResponseEvent created = primary.grantHandler.handleRequest(Fixture.adminPost("acme",
                "{\"grantId\":\"g1\",\"credits\":5,\"homeRegion\":\"us-east-1\"}"), null);

        assertThat(created.getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(created)).containsEntry("homeRegion", "us-east-1").containsEntry("created", true)
                .containsEntry("balance", new java.math.BigDecimal(5));
        assertThat(primary.debit("acme", "u", 1, "r1").getStatusCode()).isEqualTo(421);
        assertThat(home.debit("acme", "u", 1, "r1").getStatusCode()).isEqualTo(200);
        assertThat(home.account("acme").balance()).isEqualTo(4);
    }

    @Test
    void aDebitRefusedOutsideTheHomeRegionLeavesNoIdempotencyRecord() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.EVENTUAL, "us-east-1");
        int before = items(home);

        assertThat(other.debit("acme", "u", 5, "r1").getStatusCode()).isEqualTo(421);
        assertThat(other.debit("globex", "u", 5, "r2").getStatusCode()).isEqualTo(421);

        assertThat(items(home)).isEqualTo(before);
    }

    @Test
    void theSameRequestRefusedElsewhereIsStillReplayedInTheHomeRegion() {
        Fixture home = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        home.org("acme", 100);
        Fixture other = home.inRegion(Consistency.EVENTUAL, "us-east-1");
        home.debit("acme", "u", 5, "r1");

        other.debit("acme", "u", 5, "r1");
        APIGatewayProxyResponseEvent replay = home.debit("acme", "u", 5, "r1");

        assertThat(replay.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(home.account("acme").balance()).isEqualTo(95);
    }

    private static int items(Fixture f) {
        return f.dynamo.scan(b -> b.tableName(f.table)).count();
    }

    @Test
    void anOrgCreatedWithoutAHomeRegionBelongsToTheRegionThatCreatedIt() {
        Fixture f = new Fixture(Consistency.EVENTUAL, "eu-west-2");

        f.org("acme", 1, Map.of());

        assertThat(f.account("acme").homeRegion()).isEqualTo("eu-west-2");
    }
}
