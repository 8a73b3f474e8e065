package dev.regionstack.platform.messaging;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogStream;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * A KMS-encrypted Kinesis data stream delivered to S3 by Firehose. The delivery role holds exactly what
 * Firehose needs: read the stream, write objects under the bucket, use the keys, write its error log.
 * (CloudFormation level here on purpose: the L2 destination grants the role delete and ACL rights on the bucket.)
 */
public final class EventStream extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    private final Stream stream;
    private final CfnDeliveryStream deliveryStream;

    public EventStream(Construct scope, String id, EventStreamProps props) {
        super(scope, id);
        suppressions = SUPPRESSIONS;
        Stack stack = Stack.of(this);

        var stream = Stream.Builder.create(this, "Resource")
                .encryption(StreamEncryption.KMS)
                .encryptionKey(props.key())
                .retentionPeriod(Duration.hours(24))
                .removalPolicy(props.removalPolicy());
        this.stream = props.onDemand()
                ? stream.streamMode(StreamMode.ON_DEMAND).build()
                : stream.streamMode(StreamMode.PROVISIONED).shardCount(props.shards()).build();

        LogGroup errors = LogGroup.Builder.create(this, "DeliveryLogs")
                .encryptionKey(props.key())
                .retention(props.logRetention())
                .removalPolicy(props.removalPolicy())
                .build();
        LogStream errorStream = LogStream.Builder.create(this, "DeliveryLogStream")
                .logGroup(errors)
                .logStreamName("S3Delivery")
                .removalPolicy(props.removalPolicy())
                .build();

        Role role = Role.Builder.create(this, "DeliveryRole")
                .assumedBy(new ServicePrincipal("firehose.amazonaws.com", ServicePrincipalOpts.builder()
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
                        .build()))
                .description("Firehose: read the event stream, write objects to the event bucket")
                .build();
        IKey objectKey = props.bucket().getEncryptionKey() != null ? props.bucket().getEncryptionKey() : props.key();
        Policy policy = Policy.Builder.create(this, "DeliveryPolicy")
                .statements(List.of(
                        PolicyStatement.Builder.create().sid("ReadStream")
                                .actions(List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                                        "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards"))
                                .resources(List.of(this.stream.getStreamArn())).build(),
                        PolicyStatement.Builder.create().sid("DecryptStream")
                                .actions(List.of("kms:Decrypt"))
                                .resources(List.of(props.key().getKeyArn())).build(),
                        PolicyStatement.Builder.create().sid("WriteObjects")
                                .actions(List.of("s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject",
                                        "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"))
                                .resources(List.of(props.bucket().getBucketArn(),
                                        props.bucket().arnForObjects(EventStreamProps.PREFIX + "*"),
                                        props.bucket().arnForObjects(EventStreamProps.ERROR_PREFIX_ROOT + "*"))).build(),
                        PolicyStatement.Builder.create().sid("EncryptObjects")
                                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
                                .resources(List.of(objectKey.getKeyArn())).build(),
                        PolicyStatement.Builder.create().sid("WriteErrorLog")
                                .actions(List.of("logs:PutLogEvents"))
                                .resources(List.of(errors.getLogGroupArn())).build()))
                .build();
        if (props.transform() != null) policy.addStatements(StreamTransform.invoke(props.transform()));
        policy.attachToRole(role);

        deliveryStream = CfnDeliveryStream.Builder.create(this, "DeliveryStream")
                .deliveryStreamType("KinesisStreamAsSource")
                .kinesisStreamSourceConfiguration(CfnDeliveryStream.KinesisStreamSourceConfigurationProperty.builder()
                        .kinesisStreamArn(this.stream.getStreamArn())
                        .roleArn(role.getRoleArn())
                        .build())
                .extendedS3DestinationConfiguration(CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty.builder()
                        .bucketArn(props.bucket().getBucketArn())
                        .roleArn(role.getRoleArn())
                        .prefix(EventStreamProps.PREFIX)
                        .errorOutputPrefix(EventStreamProps.ERROR_PREFIX)
                        .compressionFormat("GZIP")
                        .processingConfiguration(props.transform() == null ? null : StreamTransform.processing(props.transform()))
                        .bufferingHints(CfnDeliveryStream.BufferingHintsProperty.builder()
                                .intervalInSeconds(300).sizeInMBs(5).build())
                        .encryptionConfiguration(CfnDeliveryStream.EncryptionConfigurationProperty.builder()
                                .kmsEncryptionConfig(CfnDeliveryStream.KMSEncryptionConfigProperty.builder()
                                        .awskmsKeyArn(objectKey.getKeyArn()).build())
                                .build())
                        .cloudWatchLoggingOptions(CfnDeliveryStream.CloudWatchLoggingOptionsProperty.builder()
                                .enabled(true)
                                .logGroupName(errors.getLogGroupName())
                                .logStreamName(errorStream.getLogStreamName())
                                .build())
                        .build())
                .build();
        // Firehose checks its role's rights when the delivery stream is created.
        deliveryStream.getNode().addDependency(policy);
    }

    public IStream stream() { return stream; }

    /** The delivery stream's name (a token). */
    public String deliveryStreamName() { return deliveryStream.getRef(); }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream", of("AwsSolutions-KDF1",
                    "The delivery stream reads from a Kinesis stream encrypted with the region's key and writes to a KMS-encrypted bucket; Firehose does not allow server-side encryption with a Kinesis source.")),
            on("AWS::Kinesis::Stream", "Resource/Resource", of("AwsSolutions-KDS3",
                    "Every data store of the fleet is encrypted with the region's customer-managed key, the event stream included, by design.")),
            on("AWS::IAM::Policy", "DeliveryPolicy/Resource", of("AwsSolutions-IAM5",
                    "Firehose writes objects with generated names under the events/ and events-errors/ prefixes of the destination bucket, so each prefix ends in a wildcard.")),
            on("AWS::IAM::Policy", "DeliveryPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)));
}
