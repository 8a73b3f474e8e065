package dev.regionstack.app.synth;

import dev.regionstack.verify.Taggable;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.applicationautoscaling.ScalableTarget;
import software.amazon.awscdk.services.applicationautoscaling.ServiceNamespace;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.s3.Bucket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack's tags reach the resources whose type takes tags but that {@code Tags.of} passes by. */
class StackTagsTest {
    /** Given out of key order: the tag property lists them sorted, as CDK's tag manager does. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>(Map.of("Project", "acme"));

    static {
        TAGS.put("Environment", "prod");
        TAGS.put("Region", "eu-west-2");
    }

    private static final List<Map<String, String>> STANDARD = List.of(
            Map.of("Key", "Environment", "Value", "prod"),
            Map.of("Key", "Project", "Value", "acme"),
            Map.of("Key", "Region", "Value", "eu-west-2"));

    private final StackTags tags = new StackTags(Taggable.builtIn());
    private final Stack stack = new Stack(new App(), "Test", StackProps.builder()
            .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());

    private Template tagged() {
        tags.add(stack, TAGS);
        tags.complete();
        return Template.fromStack(stack);
    }

    @Test
    void customResourceProviderFunctionAndRoleCarryTheTags() {
        // auto-deleted objects: CDK adds a CustomResourceProvider singleton, a plain CfnResource function and role
        Bucket.Builder.create(stack, "Bucket").autoDeleteObjects(true).removalPolicy(RemovalPolicy.DESTROY).build();
        Template template = tagged();
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "index.handler", "Tags", STANDARD)));
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of("Tags", STANDARD)));
    }

    @Test
    void listenerCarriesTheTags() {
        Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).natGateways(0).build();
        ApplicationLoadBalancer.Builder.create(stack, "Alb").vpc(vpc).build()
                .addListener("Http", software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps.builder()
                        .protocol(ApplicationProtocol.HTTP).defaultAction(ListenerAction.fixedResponse(404)).build());
        tagged().hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 80, "Tags", STANDARD)));
    }

    @Test
    void scalableTargetCarriesTheTags() {
        ScalableTarget.Builder.create(stack, "Target").serviceNamespace(ServiceNamespace.ECS)
                .resourceId("service/cluster/service").scalableDimension("ecs:service:DesiredCount")
                .minCapacity(1).maxCapacity(2).build();
        tagged().hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.objectLike(Map.of("Tags", STANDARD)));
    }

    @Test
    void aMapShapedTypeGetsAnObject() {
        CfnResource.Builder.create(stack, "Parameter").type("AWS::SSM::Parameter")
                .properties(Map.of("Type", "String", "Value", "v")).build();
        tagged().hasResourceProperties("AWS::SSM::Parameter", Map.of("Type", "String", "Value", "v",
                "Tags", Map.of("Environment", "prod", "Project", "acme", "Region", "eu-west-2")));
    }

    @Test
    void anAutoScalingGroupPropagatesTheTagsAtLaunch() {
        CfnResource.Builder.create(stack, "Group").type("AWS::AutoScaling::AutoScalingGroup")
                .properties(Map.of("MinSize", "1", "MaxSize", "1")).build();
        tagged().hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Match.objectLike(Map.of("Tags", List.of(
                Map.of("Key", "Environment", "Value", "prod", "PropagateAtLaunch", true),
                Map.of("Key", "Project", "Value", "acme", "PropagateAtLaunch", true),
                Map.of("Key", "Region", "Value", "eu-west-2", "PropagateAtLaunch", true)))));
    }

    @Test
    void leavesWhatCdkTagsAndWhatTakesNoTagsAlone() {
        Bucket.Builder.create(stack, "Plain").build();   // CfnBucket: CDK's tag manager tags it
        CfnResource.Builder.create(stack, "Custom").type("Custom::Thing").properties(Map.of("ServiceToken", "arn")).build();
        CfnResource.Builder.create(stack, "Policy").type("AWS::SQS::QueuePolicy")
                .properties(Map.of("Queues", List.of("q"), "PolicyDocument", Map.of())).build();
        tags.add(stack, TAGS);
        assertThat(tags.complete()).isEmpty();
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("Tags", STANDARD));
        template.hasResourceProperties("Custom::Thing", Match.objectLike(Map.of("ServiceToken", "arn", "Tags", Match.absent())));
        template.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of("Tags", Match.absent())));
    }
}
