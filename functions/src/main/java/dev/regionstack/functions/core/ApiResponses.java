package dev.regionstack.functions.core;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;
import java.util.function.Supplier;

/** API Gateway proxy responses with a JSON body. */
public final class ApiResponses {
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");

    private ApiResponses() {
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        return json(status, Json.write(body));
    }

    public static APIGatewayProxyResponseEvent json(int status, String body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(HEADERS).withBody(body);
    }

    public static APIGatewayProxyResponseEvent error(ApiException e) {
        return json(e.status(), e.body());
    }

    /** Anything unexpected (a DynamoDB outage, a bug): logged in full, answered without internals. */
    public static APIGatewayProxyResponseEvent internalError(RuntimeException e) {
        Log.error("unhandled error", Map.of("exception", e.getClass().getName(), "detail", String.valueOf(e.getMessage())));
        return json(500, Map.of("error", "internal_error", "message", "the request could not be completed; retry later"));
    }

    /**
     * Every API handler's frame: binds the request id to the logs, answers an {@link ApiException} with its 4xx and
     * anything else with a 500 that reveals no internals.
     */
    public static APIGatewayProxyResponseEvent handle(Context context, Supplier<APIGatewayProxyResponseEvent> call) {
        Log.bind(context == null ? null : context.getAwsRequestId());
        try {
            return call.get();
        } catch (ApiException e) {
            return error(e);
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }
}
