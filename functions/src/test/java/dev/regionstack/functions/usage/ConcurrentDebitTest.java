package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConcurrentDebitTest {
    @Test
    void twoHundredConcurrentDebitsAgainstOneHundredCreditsChargeExactlyOneHundred() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);

        List<APIGatewayProxyResponseEvent> responses =
                Concurrently.run(200, i -> f.debit("acme", "user-" + (i % 7), 1, "req-" + i));

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(APIGatewayProxyResponseEvent::getStatusCode, Collectors.counting()));
        assertThat(byStatus).isEqualTo(Map.of(200, 100L, 402, 100L));
        assertThat(f.account("acme").balance()).isZero();
        assertThat(f.account("acme").used()).isEqualTo(100);
    }

    @Test
    void theBalancesReportedBySuccessfulDebitsAreEachValueFromNinetyNineToZeroOnce() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);

        List<APIGatewayProxyResponseEvent> responses =
                Concurrently.run(120, i -> f.debit("acme", "u", 1, "req-" + i));

        List<Long> balances = responses.stream().filter(r -> r.getStatusCode() == 200)
                .map(r -> ((Number) Fixture.body(r).get("balance")).longValue()).sorted().toList();
        assertThat(balances).isEqualTo(java.util.stream.LongStream.range(0, 100).boxed().toList());
    }
}
