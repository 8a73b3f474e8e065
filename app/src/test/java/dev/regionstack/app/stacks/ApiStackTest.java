package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiStackTest {
    private static final String JAR = Region.functionsJar();

    private static ApiStack stack(Sizing sizing, Alarms alarms, boolean withQueue) {
        Region region = new Region("eu-west-2");
        Optional<IQueue> queue = withQueue ? Optional.of(Queue.Builder.create(region.network, "Notifications").build()) : Optional.empty();
        return new ApiStack(region.app, "Api", region.props(), Region.deployment("eu-west-2", sizing, Waf.DEFAULT, alarms),
                region.key, queue, JAR);
    }

    @Test
    void lambdaMemoryFollowsTheSizing() {
        Template.fromStack(stack(Sizing.MEDIUM, Alarms.DEFAULT, true)).allResourcesProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("MemorySize", 512, "Runtime", "java21", "Architectures", List.of("arm64"))));
    }

    @Test
    void functionNamesArePrefixedWithProjectAndEnvironment() {
        ApiStack api = stack(Sizing.SMALL, Alarms.DEFAULT, true);
        assertThat(api.functionNames()).containsExactly("acme-dev-usage-check", "acme-dev-get-credits",
                "acme-dev-grant-credits", "acme-dev-payments", "acme-dev-threshold-notification");
        Template t = Template.fromStack(api);
        api.functionNames().forEach(name -> t.hasResourceProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("FunctionName", name))));
    }

    @Test
    void paymentParameterAndSesSenderFollowTheContract() {
        Template t = Template.fromStack(stack(Sizing.SMALL, new Alarms(500, Optional.of("ops@example.com")), true));
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of("Name", "/acme/dev/eu-west-2/api/payment-endpoint")));
        t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("SES_FROM_ADDRESS", "ops@example.com", "SES_TEMPLATE_PREFIX", "acme-dev",
                        "CONSISTENCY", "EVENTUAL", "PAYMENT_ENDPOINT_PARAMETER", "/acme/dev/eu-west-2/api/payment-endpoint"))))));
    }

    @Test
    void withoutAlarmEmailTheSenderIsANoReplyInvalidAddress() {
        Template.fromStack(stack(Sizing.SMALL, Alarms.DEFAULT, true)).hasResourceProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("Environment", Map.of("Variables",
                        Match.objectLike(Map.of("SES_FROM_ADDRESS", "no-reply@acme.invalid"))))));
    }

    @Test
    void withoutAQueueItCreatesTheNotificationQueueWithADeadLetterQueue() {
        Template t = Template.fromStack(stack(Sizing.SMALL, Alarms.DEFAULT, false));
        t.resourceCountIs("AWS::SQS::Queue", 2);
        t.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "RedrivePolicy", Match.objectLike(Map.of("maxReceiveCount", 5)))));
        t.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("NotificationQueue.*"), "Arn")))));
    }

    @Test
    void largeSizingProtectsTheUserPool() {
        Template.fromStack(stack(Sizing.LARGE, Alarms.DEFAULT, true)).hasResource("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("DeletionProtection", "ACTIVE")))));
    }

    @Test
    void theAccountSingletonOwnerCreatesTheApiGatewayAccountRole() {
        Template.fromStack(stack(Sizing.SMALL, Alarms.DEFAULT, true)).resourceCountIs("AWS::ApiGateway::Account", 1);
    }

    @Test
    void otherDeploymentsOfTheAccountLeaveTheApiGatewayAccountAlone() {
        Region region = new Region("eu-west-2");
        var d = Region.deployment("eu-west-2");
        var notOwner = new dev.regionstack.fleet.model.Deployment(d.project(), "prod", d.account(), d.region(), d.primary(),
                d.primaryRegion(), d.environmentRegions(), d.cidr(), d.zones(), d.peerCidrs(), d.settings(), d.tags(), false, false);
        Template.fromStack(new ApiStack(region.app, "Api", region.props(), notOwner, region.key,
                Optional.empty(), JAR)).resourceCountIs("AWS::ApiGateway::Account", 0);
    }

    @Test
    void theFunctionsOfASecondaryRegionAreToldTheEnvironmentsPrimaryRegion() {
        Region region = new Region("us-east-2");
        Template.fromStack(new ApiStack(region.app, "Api", region.props(), Region.deployment("us-east-2"), region.key,
                Optional.empty(), JAR)).allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                        "Environment", Map.of("Variables", Match.objectLike(Map.of("PRIMARY_REGION", "eu-west-2"))))));
    }

    @Test
    void synthIsDeterministic() {
        assertThat(Template.fromStack(stack(Sizing.MEDIUM, Alarms.DEFAULT, true)).toJSON())
                .isEqualTo(Template.fromStack(stack(Sizing.MEDIUM, Alarms.DEFAULT, true)).toJSON());
    }

    @Test
    void outputsTheUrlPoolAndClient() {
        Template t = Template.fromStack(stack(Sizing.SMALL, Alarms.DEFAULT, true));
        for (String output : List.of("ApiUrl", "UserPoolId", "UserPoolClientId")) {
            t.hasOutput(output, Match.objectLike(Map.of("Export", Match.absent())));
        }
    }
}
