package dev.regionstack.functions.notify;

/** Puts a threshold notification on the notification queue. Production: {@link SqsNotificationPublisher}. */
@FunctionalInterface
public interface NotificationPublisher {
    /** Throws when the message was not accepted; the outbox then retries it later. */
    void publish(ThresholdNotification notification);
}
