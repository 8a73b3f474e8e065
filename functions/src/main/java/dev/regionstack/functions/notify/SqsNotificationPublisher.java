package dev.regionstack.functions.notify;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** Sends to the queue at NOTIFICATION_QUEUE_URL; on a FIFO queue the outbox id deduplicates for five minutes. */
public final class SqsNotificationPublisher implements NotificationPublisher {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsNotificationPublisher(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void publish(ThresholdNotification notification) {
        SendMessageRequest.Builder request = SendMessageRequest.builder()
                .queueUrl(queueUrl)
                .messageBody(notification.toJson());
        if (queueUrl.endsWith(".fifo")) {
            request.messageGroupId(notification.orgId()).messageDeduplicationId(notification.id());
        }
        sqs.sendMessage(request.build());
    }
}
