package dev.regionstack.functions.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The notification queue's consumer: one SES templated email per threshold message. Answers partial batch
 * failures, so the event source mapping must enable ReportBatchItemFailures; a message that is not ours is logged
 * and dropped rather than retried forever.
 */
public final class ThresholdNotificationHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final ThresholdMailer mailer;

    public ThresholdNotificationHandler() {
        this(Services.mailer());
    }

    public ThresholdNotificationHandler(ThresholdMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Log.bind(context == null ? null : context.getAwsRequestId());
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            ThresholdNotification notification;
            try {
                notification = ThresholdNotification.fromJson(message.getBody());
            } catch (RuntimeException e) {
                Log.error("dropping a message that is not a threshold notification",
                        Map.of("messageId", String.valueOf(message.getMessageId()), "detail", String.valueOf(e.getMessage())));
                continue;
            }
            try {
                ThresholdMailer.Delivery delivery = mailer.deliver(notification);
                Log.info("threshold notification handled", Map.of("orgId", notification.orgId(),
                        "threshold", notification.threshold(), "delivery", delivery.name()));
                if (delivery == ThresholdMailer.Delivery.SENT) {
                    Metrics.count("notify", "EmailsSent");
                } else if (delivery == ThresholdMailer.Delivery.BUSY) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            } catch (RuntimeException e) {
                Log.error("threshold email failed; the message will be retried",
                        Map.of("orgId", notification.orgId(), "exception", e.toString()));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
