package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An EventBridge rule delivering to a KMS-encrypted topic needs the topic policy and the key policy to admit EventBridge. */
class EventDeliveriesTest {
    @TempDir Path dir;

    private static final String EVENTS_MAY_USE_KEY = """
            {"Sid": "Events", "Effect": "Allow", "Principal": {"Service": ["cloudwatch.amazonaws.com", "events.amazonaws.com"]},
             "Action": ["kms:Decrypt", "kms:GenerateDataKey*"], "Resource": "*",
             "Condition": {"StringEquals": {"aws:SourceAccount": "111111111111"}}}""";
    private static final String ROOT = """
            {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "kms:*", "Resource": "*"}""";
    private static final String EVENTS_MAY_PUBLISH = """
            {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sns:Publish", "Resource": {"Ref": "Topic"}}""";
    private static final String TLS_ONLY = """
            {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sns:Publish", "Resource": {"Ref": "Topic"},
             "Condition": {"Bool": {"aws:SecureTransport": "false"}}}""";

    private static String stack(String keyStatements, String topicStatements, String keyId) {
        return """
                {"Resources": {
                  "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": [%s]}}},
                  "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "acme-prod-alerts"%s}},
                  "Policy": {"Type": "AWS::SNS::TopicPolicy", "Properties": {"Topics": [{"Ref": "Topic"}],
                             "PolicyDocument": {"Statement": [%s]}}},
                  "Rule": {"Type": "AWS::Events::Rule", "Properties": {"EventPattern": {"source": ["aws.guardduty"]},
                           "Targets": [{"Id": "Target0", "Arn": {"Ref": "Topic"}}]}}}}""".formatted(keyStatements,
                keyId == null ? "" : ", \"KmsMasterKeyId\": " + keyId, topicStatements);
    }

    private static final String OWN_KEY = "{\"Fn::GetAtt\": [\"Key\", \"Arn\"]}";

    @Test
    void aTopicWhosePoliciesAdmitEventBridgeIsClean() {
        String template = stack(ROOT + "," + EVENTS_MAY_USE_KEY, TLS_ONLY + "," + EVENTS_MAY_PUBLISH, OWN_KEY);
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).isEmpty();
    }

    @Test
    void aKeyPolicyWithoutEventBridgeIsReportedForBothActions() {
        // delegating to the account does not help: IAM policies cannot grant a service principal
        String template = stack(ROOT, EVENTS_MAY_PUBLISH, OWN_KEY);
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).containsExactly(
                "error: messaging/Rule: EventBridge delivers to the topic messaging/Topic, but the key policy of messaging/Key does not"
                        + " let events.amazonaws.com kms:GenerateDataKey; allow events.amazonaws.com kms:GenerateDataKey and kms:Decrypt in the key policy",
                "error: messaging/Rule: EventBridge delivers to the topic messaging/Topic, but the key policy of messaging/Key does not"
                        + " let events.amazonaws.com kms:Decrypt; allow events.amazonaws.com kms:GenerateDataKey and kms:Decrypt in the key policy");
    }

    @Test
    void aKeyGrantForAnotherAccountDoesNotCount() {
        String template = stack(ROOT + "," + EVENTS_MAY_USE_KEY.replace("111111111111", "222222222222"), EVENTS_MAY_PUBLISH, OWN_KEY);
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).hasSize(2);
    }

    @Test
    void aTopicPolicyWithoutEventBridgeIsReported() {
        String template = stack(ROOT + "," + EVENTS_MAY_USE_KEY, TLS_ONLY, OWN_KEY);
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).containsExactly(
                "error: messaging/Rule: EventBridge delivers to the topic messaging/Topic, but no topic policy lets events.amazonaws.com"
                        + " sns:Publish to it; add a topic policy statement for events.amazonaws.com (CDK's SnsTopic target adds one to a topic of its own stack)");
    }

    @Test
    void theAwsManagedSnsKeyCanNeverReceiveEvents() {
        String template = stack(ROOT, EVENTS_MAY_PUBLISH, "\"alias/aws/sns\"");
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).containsExactly(
                "error: messaging/Rule: EventBridge delivers to the topic messaging/Topic, which the AWS managed key alias/aws/sns encrypts,"
                        + " whose key policy admits no AWS service; encrypt the topic with a customer-managed key whose policy lets events.amazonaws.com use it");
    }

    @Test
    void anUnencryptedTopicNeedsOnlyItsTopicPolicy() {
        String template = stack(ROOT, EVENTS_MAY_PUBLISH, null);
        assertThat(new TestAssembly().stack("messaging", template).problems(dir, "permissions")).isEmpty();
    }

    @Test
    void aKeyInAnotherStackIsFollowedThroughItsExport() {
        String security = """
                {"Resources": {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": [%s]}}}},
                 "Outputs": {"KeyArn": {"Value": {"Fn::GetAtt": ["Key", "Arn"]}, "Export": {"Name": "security:KeyArn"}}}}""".formatted(ROOT);
        String messaging = stack(ROOT, EVENTS_MAY_PUBLISH, "{\"Fn::ImportValue\": \"security:KeyArn\"}");
        assertThat(new TestAssembly().stack("security", security).stack("messaging", messaging, "security")
                .problems(dir, "permissions")).hasSize(2).allMatch(p -> p.contains("the key policy of security/Key"));
    }
}
