package dev.regionstack.functions.credits;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.ApiResponses;
import dev.regionstack.functions.core.Claims;
import dev.regionstack.functions.core.Requests;

/**
 * GET /credits/{orgId}: balance, tier and usage this period. A Cognito caller whose token names another org
 * (custom:orgId) gets 403 unless in the admin group; callers without claims (IAM, API keys) are trusted.
 */
public final class GetCreditsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final CreditsService service;
    private final String adminGroup;

    public GetCreditsHandler() {
        this(Services.credits(), Services.adminGroup());
    }

    public GetCreditsHandler(CreditsService service, String adminGroup) {
        this.service = service;
        this.adminGroup = adminGroup;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return ApiResponses.handle(context, () -> {
            String orgId = Requests.orgIdFromPath(event);
            Claims claims = Claims.of(event);
            if (claims.orgId() != null && !claims.orgId().equals(orgId) && !claims.groups().contains(adminGroup)) {
                throw new ApiException(403, "forbidden", "you may read only your own organisation's credits");
            }
            return ApiResponses.json(200, service.view(orgId));
        });
    }
}
