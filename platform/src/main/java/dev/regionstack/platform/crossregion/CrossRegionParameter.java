package dev.regionstack.platform.crossregion;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * Reads an SSM parameter that a stack in another region published. Used instead of
 * {@code Fn::ImportValue}/CDK cross-region references, which lock the producer once a consumer exists.
 * The read happens at deploy time through a custom resource limited to {@code ssm:GetParameter} on that
 * one parameter; redeploying the consumer picks up a changed value.
 */
public final class CrossRegionParameter extends Construct {
    private final String value;

    public CrossRegionParameter(Construct scope, String id, CrossRegionParameterProps props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        String arn = "arn:" + stack.getPartition() + ":ssm:" + props.region() + ":" + stack.getAccount()
                + ":parameter" + props.parameterName();
        AwsSdkCall read = AwsSdkCall.builder()
                .service("SSM")
                .action("getParameter")
                .parameters(Map.of("Name", props.parameterName()))
                .region(props.region())
                .physicalResourceId(PhysicalResourceId.of(props.region() + ":" + props.parameterName()))
                .build();
        AwsCustomResource resource = AwsCustomResource.Builder.create(this, "Resource")
                .onCreate(read)
                .onUpdate(read)
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder().resources(List.of(arn)).build()))
                .installLatestAwsSdk(false)
                .build();
        value = resource.getResponseField("Parameter.Value");
    }

    /** The parameter's value, a deploy-time token. */
    public String value() { return value; }
}
