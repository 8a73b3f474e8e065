package dev.regionstack.functions.credits;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.ApiResponses;
import dev.regionstack.functions.core.Claims;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Metrics;
import dev.regionstack.functions.core.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * POST /credits/{orgId}/grant (admin group only):
 * {@code {"grantId", "credits", "tier"?, "homeRegion"?, "contactEmail"?, "userLimits"?: {"<userId>": n | null}}}.
 */
public final class GrantCreditsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    public static final long MAX_GRANT = 1_000_000_000L;
    private static final Set<String> TIERS = Set.of("basic", "premium", "enterprise");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"]{1,64}@[^@\\s\"]{1,190}\\.[^@\\s\"]{2,63}");
    private static final int MAX_USER_LIMITS = 100;

    private final CreditsService service;
    private final String adminGroup;

    public GrantCreditsHandler() {
        this(Services.credits(), Services.adminGroup());
    }

    public GrantCreditsHandler(CreditsService service, String adminGroup) {
        this.service = service;
        this.adminGroup = adminGroup;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return ApiResponses.handle(context, () -> {
            if (!Claims.of(event).groups().contains(adminGroup)) {
                throw new ApiException(403, "forbidden", "granting credits requires the '" + adminGroup + "' group");
            }
            String orgId = Requests.orgIdFromPath(event);
            Map<String, Object> body = Requests.jsonObject(event);
            CreditsService.GrantRequest request = parse(body);
            Ledger.Result result = service.grant(orgId, request, Json.canonical(body));
            if (result.status() == 200 && !result.replayed()) {
                Metrics.count("credits", "Grants");
                Log.info("credits granted", Map.of("orgId", orgId, "grantId", request.grantId(),
                        "credits", request.credits()));
            }
            return ApiResponses.json(result.status(), result.body());
        });
    }

    static CreditsService.GrantRequest parse(Map<String, Object> body) {
        String grantId = Requests.id(body, "grantId");
        long credits = Requests.wholeNumber(body, "credits", 0, MAX_GRANT);
        String tier = Requests.optionalString(body, "tier", Pattern.compile("[a-z]+"), "one of basic, premium, enterprise");
        if (tier != null && !TIERS.contains(tier)) {
            throw ApiException.badRequest("invalid_field", "'tier' must be one of basic, premium, enterprise");
        }
        String home = Requests.optionalString(body, "homeRegion", REGION, "an AWS region name such as eu-west-2");
        String email = Requests.optionalString(body, "contactEmail", EMAIL, "an email address");
        Map<String, Long> limits = new TreeMap<>();
        List<String> removed = new ArrayList<>();
        Object rawLimits = body.get("userLimits");
        if (rawLimits != null) {
            if (!(rawLimits instanceof Map<?, ?> map) || map.size() > MAX_USER_LIMITS) {
                throw ApiException.badRequest("invalid_field",
                        "'userLimits' must be an object of at most " + MAX_USER_LIMITS + " userId: limit (or null) pairs");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String user = Requests.id(e.getKey(), "userLimits key");
                if (e.getValue() == null) {
                    removed.add(user);
                } else {
                    limits.put(user, Requests.wholeNumber(e.getValue(), "userLimits." + user, 0, MAX_GRANT));
                }
            }
        }
        return new CreditsService.GrantRequest(grantId, credits, tier, home,
                new AccountChanges(tier, email, limits, removed));
    }
}
