package dev.regionstack.app.guardrails;

import dev.regionstack.platform.guardrails.SuppressionRule;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The suppressions no construct of ours owns, with paths relative to the stack: resources CDK adds once per stack.
 * Every other suppression is declared by the construct that creates its resource ({@code Guarded}).
 */
final class CrossCuttingSuppressions {
    private CrossCuttingSuppressions() {}

    /** The singleton Lambda of CDK's AwsCustomResource (CrossRegionParameter reads SSM in other regions with it). */
    private static final String CUSTOM_RESOURCE_PROVIDER = "AWS679f53fac002430cb0da5b7982bd2287";
    private static final String WHY = "The AwsCustomResource provider is a CDK singleton that runs only during deployments"
            + " to read one SSM parameter in another region; ";

    static final List<SuppressionRule> ALL = List.of(
            on("AWS::IAM::Role", CUSTOM_RESOURCE_PROVIDER + "/ServiceRole/Resource", of("AwsSolutions-IAM4",
                    List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                    "The AwsCustomResource provider Lambda is created by CDK with the AWS-managed basic execution role,"
                            + " which only lets it write its own logs.")),
            on("AWS::Lambda::Function", CUSTOM_RESOURCE_PROVIDER + "/Resource", of(NIST + "LambdaInsideVPC",
                    WHY + "it needs no VPC and CDK offers no way to place it in one.")),
            on("AWS::Lambda::Function", CUSTOM_RESOURCE_PROVIDER + "/Resource", of(NIST + "LambdaConcurrency",
                    WHY + "CloudFormation invokes it a few times per deployment, so reserved concurrency would only waste account quota.")),
            on("AWS::Lambda::Function", CUSTOM_RESOURCE_PROVIDER + "/Resource", of(NIST + "LambdaDLQ",
                    WHY + "CloudFormation invokes it synchronously and reports its failures, so a dead-letter queue would never receive anything.")));
}
