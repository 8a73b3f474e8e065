package dev.regionstack.platform.messaging;

import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;
import java.util.Optional;

/**
 * @param key       customer-managed key that encrypts the topic. Required. Its key policy must let
 *                  {@code cloudwatch.amazonaws.com} use it ({@code kms:Decrypt}, {@code kms:GenerateDataKey*}),
 *                  or alarms cannot publish.
 * @param topicName physical topic name; a fixed name lets other stacks address the topic without a reference.
 *                  Required.
 * @param email     address subscribed to the topic. Default: none (no subscription).
 */
public record AlertTopicProps(IKey key, String topicName, Optional<String> email) {
    public AlertTopicProps {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(topicName, "topicName");
        email = email == null ? Optional.empty() : email;
    }
}
