package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.StreamCapacity;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.messaging.AlertTopic;
import dev.regionstack.platform.messaging.AlertTopicProps;
import dev.regionstack.platform.messaging.EventStream;
import dev.regionstack.platform.messaging.EventStreamProps;
import dev.regionstack.platform.messaging.QueueWithDeadLetter;
import dev.regionstack.platform.messaging.QueueWithDeadLetterProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * The {@code messaging} layer of one region: a work queue and the credits notification queue (each with a
 * dead-letter queue), the alert topic, an EventBridge bus and a Kinesis stream delivered to S3 by Firehose: to the
 * region's data bucket when the environment has the data component (named by {@link DataReferences}; the primary's
 * data stack or, elsewhere, the region's security stack holds it), else to an event bucket of this stack.
 */
public final class MessagingStack extends Stack implements Guarded {
    private final QueueWithDeadLetter queue;
    private final QueueWithDeadLetter notificationQueue;
    private final AlertTopic alertTopic;
    private final String alertTopicName;
    private final EventBus eventBus;

    public MessagingStack(Construct scope, String id, StackProps props, Deployment deployment, IKey key) {
        this(scope, id, props, deployment, key, Optional.empty());
    }

    /**
     * @param functionsJarPath the functions jar, for the stream's transformation step ({@code messaging.stream.transform};
     *                         {@link StreamTransformFunction}): required when the file turns it on
     */
    public MessagingStack(Construct scope, String id, StackProps props, Deployment deployment, IKey key, Optional<String> functionsJarPath) {
        super(scope, id, props);
        Sizing sizing = deployment.settings().sizing();
        RemovalPolicy removal = Removal.of(sizing.retainData());

        queue = new QueueWithDeadLetter(this, "Queue", QueueWithDeadLetterProps.of(key));
        notificationQueue = new QueueWithDeadLetter(this, "NotificationQueue", QueueWithDeadLetterProps.of(key));

        alertTopicName = alertTopicName(deployment);
        // The region key: its policy lets CloudWatch alarms publish (the security layer's RegionKey allows it).
        alertTopic = new AlertTopic(this, "AlertTopic", new AlertTopicProps(
                alertTopicName, deployment.settings().alarms().email(), Optional.of(key), removal));

        eventBus = EventBus.Builder.create(this, "EventBus")
                .eventBusName(PhysicalNames.eventBus(deployment.project(), deployment.environment()))
                .kmsKey(key)
                .build();

        IBucket destination = deployment.settings().has(Component.DATA) ? DataReferences.bucket(this, deployment, key)
                : Bucket.Builder.create(this, "EventBucket")
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .enforceSsl(true)
                .versioned(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .removalPolicy(removal)
                .autoDeleteObjects(removal == RemovalPolicy.DESTROY)
                .build();
        // messaging.stream.shards; the preset: one provisioned shard (a third of an on-demand stream's cost) when small.
        StreamCapacity capacity = deployment.settings().knobs().stream();
        EventStreamProps streamProps = new EventStreamProps(key, destination,
                capacity instanceof StreamCapacity.OnDemand,
                capacity instanceof StreamCapacity.Provisioned p ? p.shards() : 1, LogRetention.of(deployment.settings().knobs().logRetentionDays()), removal);
        EventStream events = new EventStream(this, "EventStream", StreamTransformFunction.apply(this, deployment, key, functionsJarPath, streamProps));

        output("QueueUrl", queue.queue().getQueueUrl(), "Work queue");
        output("DeadLetterQueueUrl", queue.deadLetterQueue().getQueueUrl(), "Work queue's dead-letter queue");
        output("NotificationQueueUrl", notificationQueue.queue().getQueueUrl(), "Credits threshold notifications");
        output("NotificationDeadLetterQueueUrl", notificationQueue.deadLetterQueue().getQueueUrl(),
                "Notifications that failed 5 times");
        output("AlertTopicArn", alertTopic.topic().getTopicArn(), "Alarms publish here");
        output("EventBusName", eventBus.getEventBusName(), "EventBridge bus");
        output("StreamName", events.stream().getStreamName(), "Kinesis data stream");
        output("DeliveryStreamName", events.deliveryStreamName(), "Firehose delivery to " + EventStreamProps.PREFIX);
        output("EventBucketName", destination.getBucketName(), "Where Firehose delivers the stream");
    }

    /** {@code <project>-<env>-alerts}: the alert topic's name in every region of the environment. */
    public static String alertTopicName(Deployment deployment) {
        return PhysicalNames.alertTopic(deployment.project(), deployment.environment());
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    public ITopic alertTopic() { return alertTopic.topic(); }

    /** The alert topic's physical name (a plain string, safe to hand to other stacks). */
    public String alertTopicName() { return alertTopicName; }

    public IQueue notificationQueue() { return notificationQueue.queue(); }

    public IQueue queue() { return queue.queue(); }

    public IEventBus eventBus() { return eventBus; }

    @Override public List<SuppressionRule> suppressions() { return MessagingSuppressions.ALL; }
}
