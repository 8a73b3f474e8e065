package dev.regionstack.platform.security;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.LogicalIds;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.config.CfnConfigurationRecorder;
import software.amazon.awscdk.services.config.CfnDeliveryChannel;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The account × region AWS Config singleton: a recorder of all supported resource types and a delivery channel to
 * a log bucket. Config works through its own role, which may only read the bucket ACL and write under this
 * account's {@code AWSLogs/<account>/Config/} prefix.
 */
public final class ConfigRecording extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;

    public ConfigRecording(Construct scope, String id, ConfigRecordingProps props) {
        super(scope, id);
        suppressions = suppressions(LogicalIds.readablePart(props.bucket().getNode().getDefaultChild()));
        String account = Stack.of(this).getAccount();
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("config.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWS_ConfigRole")))
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetBucketAcl"))
                .resources(List.of(props.bucket().getBucketArn()))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .resources(List.of(props.bucket().arnForObjects("AWSLogs/" + account + "/Config/*")))
                .build());
        props.encryptionKey().grant(role, "kms:GenerateDataKey", "kms:Decrypt");

        CfnConfigurationRecorder recorder = CfnConfigurationRecorder.Builder.create(this, "Recorder")
                .roleArn(role.getRoleArn())
                .recordingGroup(CfnConfigurationRecorder.RecordingGroupProperty.builder()
                        .allSupported(true)
                        .includeGlobalResourceTypes(props.includeGlobalResourceTypes())
                        .build())
                .build();
        CfnDeliveryChannel channel = CfnDeliveryChannel.Builder.create(this, "DeliveryChannel")
                .s3BucketName(props.bucket().getBucketName())
                .s3KmsKeyArn(props.encryptionKey().getKeyArn())
                .build();
        // Config refuses a delivery channel before a recorder exists in the region.
        channel.getNode().addDependency(recorder);
    }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    /** @param bucket the readable part of the bucket's logical id, which the IAM5 finding on the object ARN names */
    private static List<SuppressionRule> suppressions(String bucket) {
        String policy = "AWS::IAM::Policy";
        return List.of(
                on("AWS::IAM::Role", "Role/Resource", of("AwsSolutions-IAM4",
                        List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole"),
                        "AWS_ConfigRole is the policy AWS documents for the Config recorder and keeps it current as Config learns new resource types.")),
                on(policy, "Role/DefaultPolicy/Resource", of("AwsSolutions-IAM5",
                        List.of("regex:/^Resource::<" + bucket + "[0-9A-F]+\\.Arn>\\/AWSLogs\\/\\d+\\/Config\\/\\*$/"),
                        "Config delivers snapshot objects with generated names under AWSLogs/<account>/Config/ of its own bucket, so the prefix ends in a wildcard.")),
                on(policy, "Role/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)));
    }
}
