package dev.regionstack.platform.security;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.config.CfnConfigurationRecorder;
import software.amazon.awscdk.services.config.CfnDeliveryChannel;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.List;

/**
 * The account × region AWS Config singleton: a recorder of all supported resource types and a delivery channel to
 * a log bucket. Config works through its own role, which may only read the bucket ACL and write under this
 * account's {@code AWSLogs/<account>/Config/} prefix.
 */
public final class ConfigRecording extends Construct {

    public ConfigRecording(Construct scope, String id, ConfigRecordingProps props) {
        super(scope, id);
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
}
