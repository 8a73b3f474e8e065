package dev.regionstack.platform.findings;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.sns.Topic;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingAlertsTest {

    private static Template synth(int severity) {
        Stack stack = TestStacks.stack();
        Topic topic = Topic.Builder.create(stack, "AlertTopic").topicName("acme-prod-alerts").masterKey(TestStacks.key(stack)).build();
        new FindingAlerts(stack, "FindingAlerts", new FindingAlertsProps(topic, severity));
        return Template.fromStack(stack);
    }

    @Test
    void guardDutyFindingsAtOrAboveTheSeverityMatchNumerically() {
        synth(5).hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("EventPattern", Map.of(
                "source", List.of("aws.guardduty"),
                "detail-type", List.of("GuardDuty Finding"),
                "detail", Map.of("severity", List.of(Map.of("numeric", List.of(">=", 5))))))));
    }

    @Test
    void securityHubSendsNewActiveCriticalAndHighFindingsOfItsOwnRegionExceptGuardDutys() {
        synth(7).hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("EventPattern", Map.of(
                "source", List.of("aws.securityhub"),
                "detail-type", List.of("Security Hub Findings - Imported"),
                "detail", Map.of("findings", Map.of(
                        "Severity", Map.of("Label", List.of("CRITICAL", "HIGH")),
                        "Workflow", Map.of("Status", List.of("NEW")),
                        "RecordState", List.of("ACTIVE"),
                        "Region", List.of(TestStacks.REGION),
                        "ProductName", List.of(Map.of("anything-but", List.of("GuardDuty")))))))));
    }

    @Test
    void bothRulesDeliverToTheTopicWhichLetsEventBridgePublish() {
        Template template = synth(7);
        template.resourceCountIs("AWS::Events::Rule", 2);
        template.allResourcesProperties("AWS::Events::Rule", Match.objectLike(Map.of("State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref", Match.stringLikeRegexp("AlertTopic.*"))))))));
        template.hasResourceProperties("AWS::SNS::TopicPolicy", Match.objectLike(Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "sns:Publish", "Effect", "Allow",
                        "Principal", Map.of("Service", "events.amazonaws.com"),
                        "Resource", Map.of("Ref", Match.stringLikeRegexp("AlertTopic.*"))))))))));
    }

    @Test
    void aGuardDutyFindingReadsAsAnEmail() {
        var transformer = InputTransformers.of(synth(7), "GuardDuty findings of severity 7 or more");
        String mail = InputTransformers.render(transformer, Map.of(
                "$.detail.severity", "8", "$.detail.title", "Credentials used from a Tor exit node",
                "$.detail.type", "UnauthorizedAccess:IAMUser/TorIPCaller", "$.detail.accountId", "111111111111",
                "$.detail.region", "eu-west-2", "$.detail.resource.resourceType", "AccessKey",
                "$.detail.description", "An API was invoked from a Tor exit node.", "$.detail.id", "abc123"));
        assertThat(mail).isEqualTo("""
                "GuardDuty finding, severity 8: Credentials used from a Tor exit node"
                "Type: UnauthorizedAccess:IAMUser/TorIPCaller"
                "Account: 111111111111, region: eu-west-2"
                "Resource: AccessKey"
                "An API was invoked from a Tor exit node."
                "Console: https://console.aws.amazon.com/guardduty/home?region=eu-west-2#/findings?macros=current&fId=abc123\"""");
    }

    @Test
    void aSecurityHubFindingReadsAsAnEmail() {
        var transformer = InputTransformers.of(synth(7), "New Security Hub findings");
        String f = "$.detail.findings[0].";
        String mail = InputTransformers.render(transformer, Map.of(
                f + "Severity.Label", "HIGH", f + "Title", "S3 general purpose buckets should block public access",
                f + "ProductName", "Security Hub", f + "AwsAccountId", "111111111111", f + "Region", "eu-west-2",
                f + "Resources[0].Type", "AwsS3Bucket", f + "Resources[0].Id", "arn:aws:s3:::acme-prod-logs",
                f + "Id", "arn:aws:securityhub:eu-west-2:111111111111:finding/1"));
        assertThat(mail).isEqualTo("""
                "Security Hub finding, severity HIGH: S3 general purpose buckets should block public access"
                "From: Security Hub"
                "Account: 111111111111, region: eu-west-2"
                "Resource: AwsS3Bucket arn:aws:s3:::acme-prod-logs"
                "Console: https://console.aws.amazon.com/securityhub/home?region=eu-west-2#/findings (finding arn:aws:securityhub:eu-west-2:111111111111:finding/1)\"""");
    }

    @Test
    void severityOutsideGuardDutysScaleIsRefused() {
        Stack stack = TestStacks.stack();
        Topic topic = new Topic(stack, "AlertTopic");
        assertThatThrownBy(() -> new FindingAlertsProps(topic, 0)).hasMessage("guardDutyMinSeverity must be 1..10, got 0");
        assertThatThrownBy(() -> new FindingAlertsProps(topic, 11)).hasMessage("guardDutyMinSeverity must be 1..10, got 11");
    }
}
