package dev.regionstack.platform.processor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.kms.Key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectProcessorTest {
    private static final String BUCKET = "acme-dev-eu-west-2-111111111111-data";

    @TempDir
    static Path dir;
    static Template template;

    @BeforeAll
    static void synth() throws IOException {
        Path jar = Files.writeString(dir.resolve("functions.jar"), "placeholder");
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        Key regionKey = Key.Builder.create(stack, "RegionKey").build();
        new ObjectProcessor(stack, "Processor", new ObjectProcessorProps(BUCKET,
                TableV2.fromTableAttributes(stack, "Table", software.amazon.awscdk.services.dynamodb.TableAttributesV2.builder()
                        .tableName("acme-dev-main").encryptionKey(regionKey).build()),
                regionKey, "acme-dev-object-processor", jar.toString(), 512, null, null));
        template = Template.fromStack(stack);
    }

    @Test
    void theFunctionIsTheObjectHandlerOnJava21WithTheTableName() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "acme-dev-object-processor",
                "Handler", "dev.regionstack.functions.objects.ObjectEventHandler::handleRequest",
                "Runtime", "java21",
                "MemorySize", 512,
                "Timeout", 30,
                "Environment", Map.of("Variables", Map.of("TABLE_NAME", "acme-dev-main", "POWERTOOLS_SERVICE_NAME", "object-processor")))));
    }

    @Test
    void theQueueHasADeadLetterQueueAndBothUseTheProcessorsOwnKey() {
        Capture key = new Capture();
        template.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "VisibilityTimeout", 180,
                "KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(key, "Arn")),
                "RedrivePolicy", Match.objectLike(Map.of("maxReceiveCount", 5)))));
        assertThat(key.asString()).startsWith("ProcessorQueueKey");
        template.resourceCountIs("AWS::SQS::Queue", 2);
        template.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "MessageRetentionPeriod", 1209600, "KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(key.asString(), "Arn")))));
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
    }

    @Test
    void s3MayUseTheQueueKeyAndSendOnlyForTheDataBucket() {
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("KeyPolicy", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Principal", Map.of("Service", "s3.amazonaws.com"),
                        "Action", List.of("kms:GenerateDataKey*", "kms:Decrypt"))))))))));
        Object bucketArn = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), ":s3:::" + BUCKET)));
        Object s3Sends = Match.objectLike(Map.of("Principal", Map.of("Service", "s3.amazonaws.com"),
                "Action", List.of("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
                "Condition", Map.of("ArnLike", Map.of("aws:SourceArn", bucketArn))));
        template.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(s3Sends)))))));
    }

    @Test
    void theNotificationIsUnmanagedSoItMergesWithTheBucketsOtherConfiguration() {
        template.hasResourceProperties("Custom::S3BucketNotifications", Match.objectLike(Map.of(
                "BucketName", BUCKET,
                "Managed", false,
                "NotificationConfiguration", Map.of("QueueConfigurations", List.of(Match.objectLike(Map.of(
                        "Events", List.of("s3:ObjectCreated:*"))))))));
    }

    @Test
    void theEventSourceReportsBatchItemFailuresOnTheLiveAlias() {
        Capture function = new Capture();
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "BatchSize", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "FunctionName", function)));
        assertThat(function.asObject().toString()).contains(":live");
    }

    @Test
    void theFunctionMayOnlyUpdateTableItemsAndHasNoS3Rights() {
        Capture statements = new Capture();
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("ProcessorFunctionRole.*"))),
                "PolicyDocument", Map.of("Statement", statements, "Version", "2012-10-17"))));
        String rendered = statements.asArray().toString();
        assertThat(rendered).contains("dynamodb:UpdateItem").doesNotContain("dynamodb:PutItem", "dynamodb:DeleteItem", "s3:");
        assertThat(rendered).contains("kms:ViaService").contains("dynamodb.eu-west-2.amazonaws.com");
    }
}
