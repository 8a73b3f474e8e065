package dev.regionstack.functions.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad grants are refused with a 400 naming the problem, and never change the account. */
class MalformedGrantRequestTest {
    private static Fixture f;

    @BeforeAll
    static void seed() {
        f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);
    }

    static Stream<Arguments> badGrants() {
        return Stream.of(
                Arguments.of("{\"credits\":5}", "'grantId' is required"),
                Arguments.of("{\"grantId\":\"g\"}", "'credits' is required"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":1000000001}", "'credits' must be a whole number from 0 to 1000000000"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":5,\"homeRegion\":\"mars\"}", "'homeRegion' must be an AWS region name such as eu-west-2"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":5,\"contactEmail\":\"nobody\"}", "'contactEmail' must be an email address"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":5,\"userLimits\":[1]}", "'userLimits' must be an object of at most 100 userId: limit (or null) pairs"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":5,\"userLimits\":{\"alice\":-1}}", "'userLimits.alice' must be a whole number from 0 to 1000000000"),
                Arguments.of("{\"grantId\":\"g\",\"credits\":5,\"userLimits\":{\"a#b\":1}}", "'userLimits key' must be 1-128 letters, digits or . _ : @ - starting with a letter or digit"));
    }

    @ParameterizedTest
    @MethodSource("badGrants")
    void isRefusedWith400(String body, String message) {
        APIGatewayProxyResponseEvent response = f.grantHandler.handleRequest(Fixture.adminPost("acme", body), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Fixture.body(response)).containsEntry("message", message);
        assertThat(f.account("acme").balance()).isEqualTo(100);
    }
}
