package dev.regionstack.functions.core;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Cognito user pool claims that API Gateway's authorizer puts in the request context. */
public final class Claims {
    private final Map<?, ?> claims;

    private Claims(Map<?, ?> claims) {
        this.claims = claims;
    }

    /** The claims of the request; empty when it came without a Cognito authorizer. */
    public static Claims of(APIGatewayProxyRequestEvent event) {
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null) {
            return new Claims(Map.of());
        }
        Object claims = event.getRequestContext().getAuthorizer().get("claims");
        return new Claims(claims instanceof Map<?, ?> m ? m : Map.of());
    }

    public boolean present() {
        return !claims.isEmpty();
    }

    /**
     * The caller's groups. REST APIs pass {@code cognito:groups} flattened to a string ("admin" or "admin,ops",
     * some integrations "[admin ops]"); a JSON list is accepted too.
     */
    public Set<String> groups() {
        Object raw = claims.get("cognito:groups");
        Set<String> groups = new TreeSet<>();
        if (raw instanceof Iterable<?> list) {
            list.forEach(g -> groups.add(String.valueOf(g)));
        } else if (raw != null) {
            for (String g : raw.toString().replace("[", " ").replace("]", " ").split("[,\\s]+")) {
                if (!g.isBlank()) {
                    groups.add(g);
                }
            }
        }
        return groups;
    }

    /** The org the user belongs to, from the custom:orgId attribute; null when the token has none. */
    public String orgId() {
        Object org = claims.get("custom:orgId");
        return org == null ? null : org.toString();
    }
}
