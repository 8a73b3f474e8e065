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

class StackDriftAlertsTest {
    private static final Map<String, Object> ROLE_ARN = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("StackDriftAlertsRole.*"), "Arn"));

    private static Template synth() {
        Stack stack = TestStacks.stack();
        Topic topic = Topic.Builder.create(stack, "AlertTopic").masterKey(TestStacks.key(stack)).build();
        new StackDriftAlerts(stack, "StackDriftAlerts",
                new StackDriftAlertsProps("acme-prod-stack-drift", "Environment", "prod", "acme-prod-", topic));
        return Template.fromStack(stack);
    }

    @Test
    void theManagedRuleChecksTheEnvironmentsStacksThroughItsRole() {
        synth().hasResourceProperties("AWS::Config::ConfigRule", Map.of(
                "ConfigRuleName", "acme-prod-stack-drift",
                "Description", Match.anyValue(),
                "Source", Map.of("Owner", "AWS", "SourceIdentifier", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK"),
                "InputParameters", Map.of("cloudformationRoleArn", ROLE_ARN),
                "Scope", Map.of("TagKey", "Environment", "TagValue", "prod")));
    }

    @Test
    void theRuleIsCreatedAfterItsRoleHasItsPermissions() {
        Map<String, Map<String, Object>> rules = synth().findResources("AWS::Config::ConfigRule");
        assertThat(rules).hasSize(1);
        @SuppressWarnings("unchecked")
        List<String> dependsOn = (List<String>) rules.values().iterator().next().get("DependsOn");
        assertThat(dependsOn).anyMatch(d -> d.startsWith("StackDriftAlertsPolicy")).anyMatch(d -> d.startsWith("StackDriftAlertsRole"));
    }

    @Test
    void configAssumesTheRoleWhichReadsConfigurationButNoStoredData() {
        Template template = synth();
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "config.amazonaws.com"))))),
                "ManagedPolicyArns", Match.arrayWith(List.of(Map.of("Fn::Join", List.of("", List.of(
                        "arn:", Map.of("Ref", "AWS::Partition"), ":iam::aws:policy/ReadOnlyAccess"))))))));
        template.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("StackDriftAlertsRole.*"))),
                "PolicyDocument", Map.of("Statement", List.of(
                        Match.objectLike(Map.of("Sid", "DetectDriftOfTheEnvironmentsStacks", "Effect", "Allow",
                                "Action", StackDriftAlerts.DRIFT_ACTIONS,
                                "Resource", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                        ":cloudformation:eu-west-2:111111111111:stack/acme-prod-*/*"))))),
                        Match.objectLike(Map.of("Sid", "NoReadsOfStoredData", "Effect", "Deny",
                                "Action", Match.arrayWith(List.of("s3:GetObject*", "dynamodb:Query", "secretsmanager:GetSecretValue")),
                                "Resource", "*")))))));
    }

    @Test
    void nonCompliantStacksReachTheTopicAsAReadableEmail() {
        Template template = synth();
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "EventPattern", Map.of(
                        "source", List.of("aws.config"),
                        "detail-type", List.of("Config Rules Compliance Change"),
                        "detail", Map.of("configRuleName", List.of(Map.of("Ref", Match.stringLikeRegexp("StackDriftAlertsRule.*"))),
                                "newEvaluationResult", Map.of("complianceType", List.of("NON_COMPLIANT")))),
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref", Match.stringLikeRegexp("AlertTopic.*"))))))));
        String mail = InputTransformers.render(InputTransformers.of(template, "Stacks the Config rule"), Map.of(
                "$.detail.resourceId", "arn:aws:cloudformation:eu-west-2:111111111111:stack/acme-prod-eu-west-2-app/1",
                "$.detail.newEvaluationResult.complianceType", "NON_COMPLIANT", "$.detail.awsAccountId", "111111111111",
                "$.detail.awsRegion", "eu-west-2", "$.detail.configRuleName", "acme-prod-stack-drift"));
        assertThat(mail).isEqualTo("""
                "Stack drift: arn:aws:cloudformation:eu-west-2:111111111111:stack/acme-prod-eu-west-2-app/1 no longer matches its template (NON_COMPLIANT)."
                "Account: 111111111111, region: eu-west-2"
                "Config rule: acme-prod-stack-drift"
                "See the drifted resources with: regionstack drift --only ENV/REGION"
                "Console: https://console.aws.amazon.com/config/home?region=eu-west-2#/rules/details?configRuleName=acme-prod-stack-drift\"""");
    }

    @Test
    void anEmptyStackPrefixIsRefused() {
        Stack stack = TestStacks.stack();
        Topic topic = new Topic(stack, "AlertTopic");
        assertThatThrownBy(() -> new StackDriftAlertsProps("r", "Environment", "prod", "", topic))
                .hasMessage("stackArnPrefix must not be empty: it would cover every stack");
    }
}
