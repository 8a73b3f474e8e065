package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Map;

class RegionalWebAclLogsTest {
    private static Template synth(RegionalWebAclProps.Logs logs, String name) {
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        RegionalWebAclProps.Logs withKey = logs == null ? null
                : new RegionalWebAclProps.Logs(new Key(stack, "Key"), logs.retention(), logs.removalPolicy());
        new RegionalWebAcl(stack, "WebAcl", new RegionalWebAclProps(name, 2000, List.of(), withKey));
        return Template.fromStack(stack);
    }

    private static RegionalWebAclProps.Logs logs() {
        return new RegionalWebAclProps.Logs(Key.fromKeyArn(new Stack(), "K",
                "arn:aws:kms:eu-west-2:111111111111:key/00000000-0000-0000-0000-000000000000"),
                RetentionDays.TWO_WEEKS, RemovalPolicy.RETAIN);
    }

    @Test
    void logsEveryRequestToAnEncryptedAwsWafLogsGroupWithCredentialsRedacted() {
        Template t = synth(logs(), "acme-prod-app");
        t.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "aws-waf-logs-acme-prod-app",
                "RetentionInDays", 14,
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))));
        t.hasResourceProperties("AWS::WAFv2::LoggingConfiguration", Map.of(
                "LogDestinationConfigs", List.of(Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                        ":logs:eu-west-2:111111111111:log-group:aws-waf-logs-acme-prod-app")))),
                "RedactedFields", List.of(Map.of("SingleHeader", Map.of("Name", "authorization")),
                        Map.of("SingleHeader", Map.of("Name", "cookie")))));
    }

    @Test
    void withoutLogsThereIsNoLoggingConfiguration() {
        Template t = synth(null, "acme-dev-app");
        t.resourceCountIs("AWS::WAFv2::LoggingConfiguration", 0);
        t.resourceCountIs("AWS::Logs::LogGroup", 0);
    }
}
