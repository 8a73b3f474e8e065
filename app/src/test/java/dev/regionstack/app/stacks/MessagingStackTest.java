package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.s3.Bucket;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingStackTest {
    private static Template synth(Sizing sizing, Alarms alarms, boolean withBucket) {
        Region region = new Region("eu-west-2");
        Optional<software.amazon.awscdk.services.s3.IBucket> bucket = withBucket
                ? Optional.of(Bucket.Builder.create(region.network, "DataBucket").build()) : Optional.empty();
        MessagingStack stack = new MessagingStack(region.app, "Messaging", region.props(),
                Region.deployment("eu-west-2", sizing, Waf.DEFAULT, alarms), region.key, bucket);
        return Template.fromStack(stack);
    }

    @Test
    void twoQueuesEachWithADeadLetterQueue() {
        Template t = synth(Sizing.SMALL, Alarms.DEFAULT, true);
        t.resourceCountIs("AWS::SQS::Queue", 4);
        for (String queue : List.of("Queue", "NotificationQueue")) {
            t.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                    "RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt",
                            List.of(Match.stringLikeRegexp(queue + "DeadLetterQueue.*"), "Arn")), "maxReceiveCount", 5),
                    "KmsMasterKeyId", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*Key.*")))));
        }
    }

    @Test
    void topicSubscribesTheAlarmEmailOnlyWhenSet() {
        Template with = synth(Sizing.SMALL, new Alarms(500, Optional.of("ops@example.com")), true);
        with.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ops@example.com", "TopicArn", Match.anyValue()));
        with.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("TopicName", "acme-dev-alerts",
                "KmsMasterKeyId", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*Key.*")))));
        synth(Sizing.SMALL, Alarms.DEFAULT, true).resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void firehoseDeliversToTheGivenBucket() {
        synth(Sizing.SMALL, Alarms.DEFAULT, true).hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "BucketARN", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*DataBucket.*")),
                        "Prefix", "events/")))));
    }

    @Test
    void withoutABucketItCreatesAnEncryptedTlsOnlyEventBucket() {
        Template t = synth(Sizing.MEDIUM, Alarms.DEFAULT, false);
        t.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("BucketEncryption", Map.of("ServerSideEncryptionConfiguration",
                        List.of(Match.objectLike(Map.of("ServerSideEncryptionByDefault", Match.objectLike(Map.of("SSEAlgorithm", "aws:kms")))))))))));
        t.hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "BucketARN", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("EventBucket.*"), "Arn")))))));
        t.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void smallGetsOneShardLargerPresetsOnDemand() {
        synth(Sizing.SMALL, Alarms.DEFAULT, true).hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "ShardCount", 1, "StreamModeDetails", Map.of("StreamMode", "PROVISIONED"))));
        synth(Sizing.LARGE, Alarms.DEFAULT, true).hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "StreamModeDetails", Map.of("StreamMode", "ON_DEMAND"))));
    }

    @Test
    void eventBusIsEncryptedWithTheRegionKey() {
        synth(Sizing.SMALL, Alarms.DEFAULT, true).hasResourceProperties("AWS::Events::EventBus", Match.objectLike(Map.of(
                "Name", "acme-dev-events",
                "KmsKeyIdentifier", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*Key.*")))));
    }

    @Test
    void outputsHaveNoExports() {
        Template t = synth(Sizing.SMALL, Alarms.DEFAULT, true);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> outputs = (Map<String, Map<String, Object>>) t.toJSON().get("Outputs");
        assertThat(outputs.keySet()).contains("QueueUrl", "NotificationQueueUrl", "AlertTopicArn", "StreamName", "DeliveryStreamName");
        assertThat(outputs.values()).allSatisfy(o -> assertThat(o).doesNotContainKey("Export"));
    }
}
