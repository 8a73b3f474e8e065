package dev.regionstack.app.pipeline;

import dev.regionstack.platform.guardrails.SuppressionRule;

import java.util.ArrayList;
import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * What the opt-in CDK Pipelines stack and its per-region artifact stacks accept on the resources CDK Pipelines
 * generates in them (paths relative to the stack).
 */
final class PipelineSuppressions {
    private PipelineSuppressions() {}

    private static final String BUCKET = "AWS::S3::Bucket";
    private static final String POLICY = "AWS::IAM::Policy";

    static final List<SuppressionRule> PIPELINE = pipeline();
    static final List<SuppressionRule> ARTIFACTS = List.copyOf(bucket("Bucket/Resource"));

    private static List<SuppressionRule> pipeline() {
        String generated = "CDK Pipelines generates this role's policy for its own artifact buckets, keys, build logs and"
                + " bootstrap roles; the wildcards are object keys and action families within those, as CDK Pipelines requires.";
        List<SuppressionRule> r = new ArrayList<>(List.of(
                on(POLICY, "Pipeline/.+/DefaultPolicy/Resource", of("AwsSolutions-IAM5", generated)),
                on(POLICY, "Pipeline/.+/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy",
                        "CDK Pipelines attaches each generated policy inline to exactly one of its own roles.")),
                on(POLICY, "SourceBucket/Notifications/HandlerPolicy/Resource", of(NIST + "IAMNoInlinePolicy",
                        "CDK's bucket-notifications handler policy only lets it turn on EventBridge delivery for the source bucket.")),
                on("AWS::IAM::Role", "BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource", of("AwsSolutions-IAM4",
                        List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                        "CDK's bucket-notifications handler runs once per deployment with the AWS-managed basic execution role, which only writes its own logs."))));
        for (String bucket : List.of("SourceBucket/Resource", "Pipeline/Pipeline/ArtifactsBucket/Resource")) r.addAll(bucket(bucket));
        return List.copyOf(r);
    }

    private static List<SuppressionRule> bucket(String path) {
        String what = "This pipeline bucket holds only build inputs and artifacts that the pipeline recreates from source";
        return List.of(
                on(BUCKET, path, of("AwsSolutions-S1", what + "; CloudTrail records who changed the pipeline.")),
                on(BUCKET, path, of(NIST + "S3BucketLoggingEnabled", what + "; CloudTrail records who changed the pipeline.")),
                on(BUCKET, path, of(NIST + "S3BucketReplicationEnabled",
                        what + ", and CDK Pipelines already keeps a bucket per deployment region.")));
    }
}
