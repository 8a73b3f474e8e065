package dev.regionstack.platform.messaging;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;

/**
 * @param key               customer-managed key that encrypts both queues. Required.
 * @param visibilityTimeout how long a received message stays hidden. Default: 3 minutes (six times a 30 s Lambda
 *                          consumer's timeout, as AWS recommends for SQS event sources).
 * @param maxReceiveCount   receives before a message moves to the dead-letter queue. Default: 5.
 */
public record QueueWithDeadLetterProps(IKey key, Duration visibilityTimeout, int maxReceiveCount) {
    public QueueWithDeadLetterProps {
        Objects.requireNonNull(key, "key");
        visibilityTimeout = visibilityTimeout == null ? Duration.minutes(3) : visibilityTimeout;
        maxReceiveCount = maxReceiveCount == 0 ? 5 : maxReceiveCount;
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount must be between 1 and 1000, got " + maxReceiveCount);
        }
    }

    /** The defaults with the given key. */
    public static QueueWithDeadLetterProps of(IKey key) { return new QueueWithDeadLetterProps(key, null, 0); }
}
