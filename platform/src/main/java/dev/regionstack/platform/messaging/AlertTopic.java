package dev.regionstack.platform.messaging;

import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The SNS topic alarms publish to: KMS-encrypted, TLS-only, with an e-mail subscription when one is given.
 * By default it has its own key whose policy lets CloudWatch alarms publish: a shared region key that forgot
 * CloudWatch would make every alarm notification fail silently.
 */
public final class AlertTopic extends Construct {
    private final Topic topic;

    public AlertTopic(Construct scope, String id, AlertTopicProps props) {
        super(scope, id);
        IKey key = props.key().orElseGet(() -> {
            Key own = Key.Builder.create(this, "Key")
                    .description("Alert topic " + props.topicName() + ": CloudWatch alarms may publish")
                    .enableKeyRotation(true)
                    .removalPolicy(props.removalPolicy())
                    .build();
            own.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
            return own;
        });
        topic = Topic.Builder.create(this, "Resource")
                .topicName(props.topicName())
                .masterKey(key)
                .enforceSsl(true)
                .build();
        props.email().ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
    }

    public ITopic topic() { return topic; }
}
