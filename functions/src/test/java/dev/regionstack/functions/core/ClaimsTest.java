package dev.regionstack.functions.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    private static Claims claims(Object groups) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setAuthorizer(Map.of("claims", Map.of("cognito:groups", groups, "custom:orgId", "acme")));
        return Claims.of(new APIGatewayProxyRequestEvent().withRequestContext(context));
    }

    @Test
    void readsACommaSeparatedGroupString() {
        assertThat(claims("users,admin").groups()).containsExactly("admin", "users");
    }

    @Test
    void readsABracketedSpaceSeparatedGroupString() {
        assertThat(claims("[ops admin]").groups()).containsExactly("admin", "ops");
    }

    @Test
    void readsAGroupList() {
        assertThat(claims(List.of("admin")).groups()).containsExactly("admin");
    }

    @Test
    void aRequestWithoutAnAuthorizerHasNoGroups() {
        assertThat(Claims.of(new APIGatewayProxyRequestEvent()).groups()).isEmpty();
    }

    @Test
    void readsTheOrgAttribute() {
        assertThat(claims("x").orgId()).isEqualTo("acme");
    }
}
