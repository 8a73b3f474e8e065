package dev.regionstack.functions.usage;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.ApiResponses;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.core.Requests;
import java.util.Map;

/** POST /usage-check {"orgId","userId","units","requestId"}: see {@link UsageService} and the README. */
public final class UsageCheckHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final UsageService service;

    /** Lambda's constructor: the SDK clients are built here, at init, so SnapStart snapshots them warm. */
    public UsageCheckHandler() {
        this(Services.usage());
    }

    public UsageCheckHandler(UsageService service) {
        this.service = service;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return ApiResponses.handle(context, () -> {
            Map<String, Object> body = Requests.jsonObject(event);
            String orgId = Requests.id(body, "orgId");
            String userId = Requests.id(body, "userId");
            long units = Requests.wholeNumber(body, "units", 1, UsageService.MAX_UNITS);
            String requestId = Requests.id(body, "requestId");
            Ledger.Result result = service.check(orgId, userId, units, requestId);
            APIGatewayProxyResponseEvent response = ApiResponses.json(result.status(), result.body());
            if (result.replayed()) {
                response.setHeaders(Map.of("Content-Type", "application/json", "Idempotent-Replayed", "true"));
            }
            return response;
        });
    }
}
