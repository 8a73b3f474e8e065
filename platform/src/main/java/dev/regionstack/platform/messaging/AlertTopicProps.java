package dev.regionstack.platform.messaging;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;
import java.util.Optional;

/**
 * @param topicName     physical topic name; a fixed name lets other stacks address the topic without a reference.
 *                      Required.
 * @param email         address subscribed to the topic. Default: none (no subscription).
 * @param key           customer-managed key of the topic. Its key policy must let {@code cloudwatch.amazonaws.com}
 *                      use it ({@code kms:Decrypt}, {@code kms:GenerateDataKey*}) or alarms cannot publish.
 *                      Default: a dedicated key created with exactly that policy.
 * @param removalPolicy what happens to the dedicated key on stack delete. Default: RETAIN.
 */
public record AlertTopicProps(String topicName, Optional<String> email, Optional<IKey> key, RemovalPolicy removalPolicy) {
    public AlertTopicProps {
        Objects.requireNonNull(topicName, "topicName");
        email = email == null ? Optional.empty() : email;
        key = key == null ? Optional.empty() : key;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
