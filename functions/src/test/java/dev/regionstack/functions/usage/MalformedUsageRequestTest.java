package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad request gets its 4xx and a JSON error, and the balance never moves. */
class MalformedUsageRequestTest {
    private static Fixture f;

    @BeforeAll
    static void seed() {
        f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(null, 400, "missing_body"),
                Arguments.of("   ", 400, "missing_body"),
                Arguments.of("{\"orgId\":\"acme\",", 400, "malformed_json"),
                Arguments.of("not json", 400, "malformed_json"),
                Arguments.of("[1,2]", 400, "malformed_json"),
                Arguments.of("{\"orgId\":\"acme\",\"orgId\":\"acme\"}", 400, "malformed_json"),
                Arguments.of("{\"userId\":\"u\",\"units\":1,\"requestId\":\"r\"}", 400, "missing_field"),
                Arguments.of("{\"orgId\":\"acme\",\"units\":1,\"requestId\":\"r\"}", 400, "missing_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"requestId\":\"r\"}", 400, "missing_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":1}", 400, "missing_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":-5,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":0,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":1000001,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":1e300,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":99999999999999999999999,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":1.5,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":\"1\",\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"ac#me\",\"userId\":\"u\",\"units\":1,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":42,\"userId\":\"u\",\"units\":1,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"\",\"units\":1,\"requestId\":\"r\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":1,\"requestId\":\"" + "r".repeat(200) + "\"}", 400, "invalid_field"),
                Arguments.of("{\"orgId\":\"nobody\",\"userId\":\"u\",\"units\":1,\"requestId\":\"r\"}", 404, "unknown_org"),
                Arguments.of("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":101,\"requestId\":\"r-big\"}", 402, "insufficient_credits"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void isRefusedWithItsStatusAndErrorCodeWithoutCharging(String body, int status, String error) {
        APIGatewayProxyResponseEvent response = f.usageCheck(body);

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        assertThat(Fixture.body(response)).containsEntry("error", error);
        assertThat(f.account("acme").balance()).isEqualTo(100);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        APIGatewayProxyResponseEvent response = f.usageCheck("{\"pad\":\"" + "x".repeat(20_000) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(Fixture.body(response)).containsEntry("error", "body_too_large");
    }

    @Test
    void aBase64BodyIsDecoded() {
        String json = "{\"orgId\":\"nobody\",\"userId\":\"u\",\"units\":1,\"requestId\":\"r\"}";
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withIsBase64Encoded(true)
                .withBody(java.util.Base64.getEncoder().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(f.usageHandler.handleRequest(event, null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void theInsufficientCreditsAnswerCarriesTheRemainingBalance() {
        APIGatewayProxyResponseEvent response =
                f.usageCheck("{\"orgId\":\"acme\",\"userId\":\"u\",\"units\":500,\"requestId\":\"r-500\"}");

        assertThat(Fixture.body(response)).containsEntry("balance", new java.math.BigDecimal(100));
    }
}
