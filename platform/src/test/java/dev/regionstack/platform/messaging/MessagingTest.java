package dev.regionstack.platform.messaging;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessagingTest {
    private final Stack stack = new Stack(new App(), "Test", StackProps.builder()
            .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
    private final Key key = Key.Builder.create(stack, "Key").build();

    private static Map<String, Object> keyArn() {
        return Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"));
    }

    @Test
    void queueRedrivesToItsDeadLetterQueueAfterFiveReceives() {
        new QueueWithDeadLetter(stack, "Jobs", QueueWithDeadLetterProps.of(key));
        Template t = Template.fromStack(stack);
        t.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "KmsMasterKeyId", keyArn(),
                "VisibilityTimeout", 180,
                "RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("JobsDeadLetterQueue.*"), "Arn")),
                        "maxReceiveCount", 5)));
    }

    @Test
    void deadLetterQueueKeepsMessages14DaysEncrypted() {
        new QueueWithDeadLetter(stack, "Jobs", QueueWithDeadLetterProps.of(key));
        Template.fromStack(stack).hasResourceProperties("AWS::SQS::Queue", Map.of(
                "KmsMasterKeyId", keyArn(), "MessageRetentionPeriod", 1_209_600));
    }

    @Test
    void bothQueuesDenyNonTlsAccess() {
        new QueueWithDeadLetter(stack, "Jobs", QueueWithDeadLetterProps.of(key));
        Template t = Template.fromStack(stack);
        t.resourceCountIs("AWS::SQS::QueuePolicy", 2);
        t.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of("PolicyDocument", Map.of(
                "Statement", List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))),
                "Version", "2012-10-17"))));
    }

    @Test
    void rejectsAZeroOrNegativeReceiveCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> new QueueWithDeadLetterProps(key, null, -1));
        assertThat(e).hasMessage("maxReceiveCount must be between 1 and 1000, got -1");
    }

    @Test
    void topicIsEncryptedTlsOnlyAndSubscribesTheEmail() {
        new AlertTopic(stack, "Alerts", new AlertTopicProps("acme-dev-alerts", Optional.of("ops@example.com"), Optional.of(key), null));
        Template t = Template.fromStack(stack);
        t.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "acme-dev-alerts", "KmsMasterKeyId", keyArn()));
        t.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ops@example.com", "TopicArn", Map.of("Ref", Match.stringLikeRegexp("Alerts.*"))));
        t.hasResourceProperties("AWS::SNS::TopicPolicy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void topicHasNoSubscriptionWithoutEmail() {
        new AlertTopic(stack, "Alerts", new AlertTopicProps("acme-dev-alerts", Optional.empty(), Optional.of(key), null));
        Template.fromStack(stack).resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void withoutAKeyTheTopicGetsItsOwnKeyThatCloudWatchMayUse() {
        new AlertTopic(stack, "Alerts", new AlertTopicProps("acme-dev-alerts", Optional.empty(), Optional.empty(), RemovalPolicy.DESTROY));
        Template t = Template.fromStack(stack);
        t.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "acme-dev-alerts",
                "KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AlertsKey.*"), "Arn"))));
        t.hasResource("AWS::KMS::Key", Match.objectLike(Map.of(
                "DeletionPolicy", "Delete",
                "Properties", Match.objectLike(Map.of("EnableKeyRotation", true, "KeyPolicy", Match.objectLike(Map.of(
                        "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                                "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                                "Action", List.of("kms:Decrypt", "kms:GenerateDataKey*"))))))))))));
    }

    private Template eventStream(boolean onDemand) {
        Bucket bucket = Bucket.Builder.create(stack, "Bucket").encryption(BucketEncryption.KMS).encryptionKey(key).build();
        new EventStream(stack, "Events", new EventStreamProps(key, bucket, onDemand, null, RemovalPolicy.DESTROY));
        return Template.fromStack(stack);
    }

    @Test
    void firehoseDeliversTheStreamToTheBucketUnderEventsPrefix() {
        eventStream(false).hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "DeliveryStreamType", "KinesisStreamAsSource",
                "KinesisStreamSourceConfiguration", Map.of(
                        "KinesisStreamARN", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Events.*"), "Arn")),
                        "RoleARN", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("EventsDeliveryRole.*"), "Arn"))),
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "BucketARN", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Bucket.*"), "Arn")),
                        "Prefix", "events/",
                        "EncryptionConfiguration", Map.of("KMSEncryptionConfig", Map.of("AWSKMSKeyARN", keyArn())))))));
    }

    @Test
    void streamIsKmsEncryptedWithOneShardOrOnDemand() {
        eventStream(false).hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "ShardCount", 1,
                "StreamModeDetails", Map.of("StreamMode", "PROVISIONED"),
                "StreamEncryption", Map.of("EncryptionType", "KMS", "KeyId", keyArn()))));
    }

    @Test
    void onDemandStreamHasNoShardCount() {
        eventStream(true).hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "ShardCount", Match.absent(), "StreamModeDetails", Map.of("StreamMode", "ON_DEMAND"))));
    }

    @Test
    void deliveryRoleHasNoWildcardActionsAndCannotDelete() {
        Template t = eventStream(false);
        Map<String, Map<String, Object>> policies = t.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("PolicyName", Match.stringLikeRegexp("EventsDeliveryPolicy.*"))))));
        assertThat(policies).hasSize(1);
        String document = policies.values().iterator().next().toString();
        assertThat(document).contains("s3:PutObject", "kinesis:GetRecords", "kms:GenerateDataKey", "/events/*", "/events-errors/*")
                .doesNotContain("s3:Delete", "s3:*", "kinesis:*", "kms:*", "Resource=*");
    }

    @Test
    void provisionedShardsAreTheProps() {
        Bucket bucket = Bucket.Builder.create(stack, "Bucket").encryption(BucketEncryption.KMS).encryptionKey(key).build();
        new EventStream(stack, "Events", new EventStreamProps(key, bucket, false, 3, null, RemovalPolicy.DESTROY));
        Template.fromStack(stack).hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of("ShardCount", 3,
                "StreamModeDetails", Map.of("StreamMode", "PROVISIONED"))));
    }

    @Test
    void anOnDemandStreamTakesNoShardCount() {
        Bucket bucket = Bucket.Builder.create(stack, "Bucket").encryption(BucketEncryption.KMS).encryptionKey(key).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventStreamProps(key, bucket, true, 2, null, RemovalPolicy.DESTROY));
        assertThat(e).hasMessage("an on-demand stream takes no shard count, got 2");
    }
}
