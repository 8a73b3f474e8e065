package dev.regionstack.platform.messaging;

import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/** The SNS topic alarms publish to: KMS-encrypted, TLS-only, with an e-mail subscription when one is given. */
public final class AlertTopic extends Construct {
    private final Topic topic;

    public AlertTopic(Construct scope, String id, AlertTopicProps props) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Resource")
                .topicName(props.topicName())
                .masterKey(props.key())
                .enforceSsl(true)
                .build();
        props.email().ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
    }

    public ITopic topic() { return topic; }
}
