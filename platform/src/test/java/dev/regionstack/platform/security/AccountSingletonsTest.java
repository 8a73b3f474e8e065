package dev.regionstack.platform.security;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountSingletonsTest {

    @Test
    void threatDetectionEnablesGuardDutyAndSecurityHub() {
        Stack stack = TestStacks.stack();
        new ThreatDetection(stack, "ThreatDetection", new ThreatDetectionProps(false));
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::GuardDuty::Detector", Match.objectLike(Map.of("Enable", true)));
        template.hasResourceProperties("AWS::SecurityHub::Hub", Match.objectLike(Map.of("EnableDefaultStandards", true)));
        template.resourceCountIs("AWS::SecurityHub::FindingAggregator", 0);
    }

    @Test
    void guardDutyAnalysesS3DataEvents() {
        // S3 protection reads the S3 data events of every bucket in the account and region itself: no trail selector needed
        Stack stack = TestStacks.stack();
        new ThreatDetection(stack, "ThreatDetection", new ThreatDetectionProps(false));
        Template.fromStack(stack).hasResourceProperties("AWS::GuardDuty::Detector", Match.objectLike(Map.of(
                "DataSources", Map.of("S3Logs", Map.of("Enable", true)))));
    }

    @Test
    void aggregatorLinksAllRegionsAfterTheHub() {
        Stack stack = TestStacks.stack();
        new ThreatDetection(stack, "ThreatDetection", new ThreatDetectionProps(true));
        Template template = Template.fromStack(stack);
        template.hasResource("AWS::SecurityHub::FindingAggregator", Match.objectLike(Map.of(
                "Properties", Map.of("RegionLinkingMode", "ALL_REGIONS"),
                "DependsOn", List.of(Match.stringLikeRegexp("ThreatDetectionSecurityHub.*")))));
    }

    @Test
    void configRecordsEverythingAndDeliversAfterTheRecorderExists() {
        Stack stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        LogBucket bucket = new LogBucket(stack, "ConfigBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN));
        new ConfigRecording(stack, "Config", new ConfigRecordingProps(bucket.bucket(), key, true));
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::Config::ConfigurationRecorder", Match.objectLike(Map.of(
                "RecordingGroup", Map.of("AllSupported", true, "IncludeGlobalResourceTypes", true))));
        template.hasResource("AWS::Config::DeliveryChannel", Match.objectLike(Map.of(
                "DependsOn", List.of(Match.stringLikeRegexp("ConfigRecorder.*")))));
    }

    @Test
    void configRoleWritesOnlyUnderItsPrefix() {
        Stack stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        LogBucket bucket = new LogBucket(stack, "ConfigBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN));
        new ConfigRecording(stack, "Config", new ConfigRecordingProps(bucket.bucket(), key, false));
        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "s3:PutObject",
                        "Resource", Map.of("Fn::Join", List.of("", List.of(
                                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ConfigBucket.*"), "Arn")),
                                "/AWSLogs/111111111111/Config/*")))))))))));
    }

    @Test
    void trailCoversEveryRegionEncryptedAndValidated() {
        Stack stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        LogBucket bucket = new LogBucket(stack, "TrailBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN));
        new AccountTrail(stack, "Trail", new AccountTrailProps(bucket.bucket(), key));
        Template.fromStack(stack).hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(Map.of(
                "IsMultiRegionTrail", true,
                "IncludeGlobalServiceEvents", true,
                "EnableLogFileValidation", true,
                "KMSKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn")))));
    }

    @Test
    void logBucketIsVersionedEncryptedAndExpires() {
        Stack stack = TestStacks.stack();
        new LogBucket(stack, "Logs", new LogBucketProps(TestStacks.key(stack), 90, RemovalPolicy.RETAIN));
        Template.fromStack(stack).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Match.objectLike(Map.of("ServerSideEncryptionConfiguration", List.of(Match.objectLike(Map.of(
                        "ServerSideEncryptionByDefault", Match.objectLike(Map.of("SSEAlgorithm", "aws:kms"))))))),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "ExpirationInDays", 90, "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 90))))))));
    }

    @Test
    void logBucketRefusesPlainHttp() {
        Stack stack = TestStacks.stack();
        new LogBucket(stack, "Logs", new LogBucketProps(TestStacks.key(stack), 0, RemovalPolicy.RETAIN));
        Template.fromStack(stack).hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void logBucketDestroyedWithItsObjectsWhenNotRetained() {
        Stack stack = TestStacks.stack();
        new LogBucket(stack, "Logs", new LogBucketProps(TestStacks.key(stack), 0, RemovalPolicy.DESTROY));
        Template template = Template.fromStack(stack);
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
    }

    @Test
    void logBucketRejectsANegativeRetention() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogBucketProps(new software.amazon.awscdk.services.kms.Key(TestStacks.stack(), "K"), -1, null));
        assertThat(e.getMessage()).isEqualTo("retentionDays must be positive, got -1");
    }
}
