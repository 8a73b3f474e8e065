package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserLimitTest {
    @Test
    void aUserWithALimitCannotSpendPastItEvenWhenTheOrgHasCredits() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("userLimits", Map.of("alice", 10)));
        f.debit("acme", "alice", 8, "r1");

        APIGatewayProxyResponseEvent refused = f.debit("acme", "alice", 3, "r2");

        assertThat(refused.getStatusCode()).isEqualTo(402);
        assertThat(Fixture.body(refused)).containsEntry("error", "user_limit_exceeded")
                .containsEntry("userRemaining", new BigDecimal(2));
        assertThat(f.account("acme").balance()).isEqualTo(92);
    }

    @Test
    void concurrentDebitsOfALimitedUserStopExactlyAtTheLimit() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 1000, Map.of("userLimits", Map.of("alice", 20)));

        List<APIGatewayProxyResponseEvent> responses = Concurrently.run(40, i -> f.debit("acme", "alice", 1, "r" + i));

        assertThat(responses.stream().filter(r -> r.getStatusCode() == 200).count()).isEqualTo(20);
        assertThat(f.account("acme").userLeft()).containsEntry("alice", 0L);
        assertThat(f.account("acme").balance()).isEqualTo(980);
    }

    @Test
    void usersWithoutALimitSpendFromTheOrgOnly() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("userLimits", Map.of("alice", 10)));

        APIGatewayProxyResponseEvent response = f.debit("acme", "bob", 50, "r1");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(Fixture.body(response)).doesNotContainKey("userRemaining");
    }

    @Test
    void aLimitRemovedWithNullNoLongerApplies() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("userLimits", Map.of("alice", 1)));
        f.grantHandler.handleRequest(Fixture.adminPost("acme", "{\"grantId\":\"g2\",\"credits\":0,\"userLimits\":{\"alice\":null}}"), null);

        assertThat(f.debit("acme", "alice", 5, "r1").getStatusCode()).isEqualTo(200);
    }
}
