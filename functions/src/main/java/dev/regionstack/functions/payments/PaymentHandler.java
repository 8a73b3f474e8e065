package dev.regionstack.functions.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.ApiResponses;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Metrics;
import dev.regionstack.functions.core.Requests;
import java.util.Map;

/** POST /payments {"orgId","paymentId"}: see {@link PaymentService}. */
public final class PaymentHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final PaymentService service;

    public PaymentHandler() {
        this(Services.payments());
    }

    public PaymentHandler(PaymentService service) {
        this.service = service;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return ApiResponses.handle(context, () -> {
            Map<String, Object> body = Requests.jsonObject(event);
            String orgId = Requests.id(body, "orgId");
            String paymentId = Requests.id(body, "paymentId");
            Ledger.Result result = service.record(orgId, paymentId);
            if (result.status() == 200 && !result.replayed()) {
                Metrics.count("payments", "PaymentsRecorded");
                Log.info("payment recorded", Map.of("orgId", orgId, "paymentId", paymentId));
            }
            return ApiResponses.json(result.status(), result.body());
        });
    }
}
