package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingStackTest {
    /** {@code withBucket}: the environment has the data component, so the region has its data bucket. */
    private static Template synth(Sizing sizing, Alarms alarms, boolean withBucket) {
        Region region = new Region("eu-west-2");
        Deployment deployment = Region.deployment("eu-west-2", sizing, Waf.DEFAULT, alarms);
        if (!withBucket) {
            deployment = TestDeployments.withComponents(deployment, List.of(Component.SECURITY, Component.MESSAGING));
        }
        MessagingStack stack = new MessagingStack(region.app, "Messaging", region.props(), deployment, region.key);
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
    void firehoseDeliversToTheRegionsDataBucketByName() {
        Template t = synth(Sizing.SMALL, Alarms.DEFAULT, true);
        t.hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "BucketARN", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                ":s3:::acme-dev-eu-west-2-111111111111-data"))),
                        "Prefix", "events/")))));
        t.resourceCountIs("AWS::S3::Bucket", 0);
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
