package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ECS's native blue/green release of the service, against rolling releases (the default). */
class ContainerServiceBlueGreenTest {
    private static final HttpsSettings HTTPS = new HttpsSettings("eu-west-2.dev.example.com",
            List.of("dev.example.com"), "Z0123456789ABCDEFGHIJ", "example.com");
    private static final RollbackAlarmsProps ALARMS = new RollbackAlarmsProps(
            "acme-dev-eu-west-2-rollback-latency-p99", "acme-dev-eu-west-2-rollback-target-5xx", "acme-dev-eu-west-2-rollback-elb-5xx", 800);
    private static final BlueGreenSettings BLUE_GREEN = new BlueGreenSettings(null, List.of("203.0.113.7/32"), ALARMS);

    private static Template synth(UnaryOperator<ContainerServiceProps.Builder> customise) {
        Fixtures f = new Fixtures();
        new ContainerService(f.stack, "App", customise.apply(f.serviceProps()).build());
        return Template.fromStack(f.stack);
    }

    private static Template blueGreen(boolean https) {
        return synth(p -> p.https(https ? Optional.of(HTTPS) : Optional.empty()).port(8000).blueGreen(Optional.of(BLUE_GREEN)));
    }

    private static String onlyId(Template t, String type, Map<String, Object> properties) {
        Map<String, Map<String, Object>> found = t.findResources(type, Match.objectLike(Map.of("Properties", Match.objectLike(properties))));
        assertThat(found).as(type + " " + properties).hasSize(1);
        return found.keySet().iterator().next();
    }

    @Test
    void serviceReleasesBlueGreenWithBakeTimeAndRollbackOnItsAlarmsKeepingTheEcsController() {
        blueGreen(true).hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of(
                "DeploymentController", Map.of("Type", "ECS"),
                "DeploymentConfiguration", Match.objectLike(Map.of(
                        "Strategy", "BLUE_GREEN",
                        "BakeTimeInMinutes", 10,
                        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
                        "Alarms", Map.of("AlarmNames", ALARMS.names(), "Enable", true, "Rollback", true))))));
    }

    @Test
    void theTasksSitInBlueWithGreenTheRulesAndTheInfrastructureRoleAsAdvancedConfiguration() {
        Template t = blueGreen(true);
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 2);
        // Green is blue's twin: the same port, health check and deregistration delay.
        Map<String, Map<String, Object>> groups = t.findResources("AWS::ElasticLoadBalancingV2::TargetGroup");
        assertThat(groups.values().stream().map(g -> g.get("Properties")).distinct()).hasSize(1);
        Map<String, Map<String, Object>> rules = t.findResources("AWS::ElasticLoadBalancingV2::ListenerRule");
        assertThat(rules).hasSize(2);
        String role = onlyId(t, "AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Match.objectLike(Map.of(
                "Statement", List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "ecs.amazonaws.com"))))))));
        t.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of("LoadBalancers", List.of(Match.objectLike(Map.of(
                "ContainerName", "app", "ContainerPort", 8000,
                "AdvancedConfiguration", Match.objectLike(Map.of(
                        "AlternateTargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("AppBlueGreenAlternateTargetGroup.*")),
                        "ProductionListenerRule", Map.of("Ref", Match.stringLikeRegexp("AppBlueGreenProductionRule.*")),
                        "TestListenerRule", Map.of("Ref", Match.stringLikeRegexp("AppBlueGreenTestRule.*")),
                        "RoleArn", Map.of("Fn::GetAtt", List.of(role, "Arn"))))))))));
    }

    @Test
    void bothRulesForwardEveryPathToBlueWithFullWeightAndGreenWithNone() {
        Template t = blueGreen(true);
        for (String listener : List.of("AppLoadBalancerHttpsListener.*", "AppBlueGreenTestListener.*")) {
            t.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
                    "ListenerArn", Map.of("Ref", Match.stringLikeRegexp(listener)),
                    "Priority", 1,
                    "Conditions", List.of(Map.of("Field", "path-pattern", "PathPatternConfig", Map.of("Values", List.of("/*")))),
                    "Actions", List.of(Match.objectLike(Map.of("Type", "forward", "ForwardConfig", Map.of("TargetGroups", List.of(
                            Map.of("TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("AppTargetGroup.*")), "Weight", 100),
                            Map.of("TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("AppBlueGreenAlternateTargetGroup.*")), "Weight", 0))))))));
        }
        // The test listener reaches a target group only through its rule; production's default is what it was in rolling.
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of("Port", BlueGreenRelease.TEST_HTTPS_PORT,
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "fixed-response", "FixedResponseConfig", Match.objectLike(Map.of("StatusCode", "404"))))))));
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of("Port", 443,
                "DefaultActions", List.of(Map.of("Type", "forward", "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("AppTargetGroup.*")))))));
    }

    @Test
    void theTestListenerServesTheProductionCertificateOn8443AndAdmitsOnlyTheTestClients() {
        Template t = blueGreen(true);
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", BlueGreenRelease.TEST_HTTPS_PORT, "Protocol", "HTTPS", "Certificates", List.of(Map.of("CertificateArn", Match.anyValue())))));
        assertThat(ingress(t, BlueGreenRelease.TEST_HTTPS_PORT)).containsExactly("203.0.113.7/32");
        assertThat(ingress(t, 443)).containsExactly("0.0.0.0/0");
    }

    @Test
    void withoutADnsZoneTheTestListenerIsHttpOn8080() {
        Template t = blueGreen(false);
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", BlueGreenRelease.TEST_HTTP_PORT, "Protocol", "HTTP")));
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 2);
        assertThat(ingress(t, BlueGreenRelease.TEST_HTTP_PORT)).containsExactly("203.0.113.7/32");
        assertThat(ingress(t, 80)).containsExactly("0.0.0.0/0");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ingress(Template t, int port) {
        return t.findResources("AWS::EC2::SecurityGroup").values().stream()
                .flatMap(g -> ((List<Map<String, Object>>) ((Map<String, Object>) g.get("Properties"))
                        .getOrDefault("SecurityGroupIngress", List.of())).stream())
                .filter(rule -> Integer.valueOf(port).equals(rule.get("FromPort")))
                .map(rule -> rule.get("CidrIp")).toList();
    }

    @Test
    void theInfrastructureRoleHasTheManagedPolicyAwsDocuments() {
        blueGreen(true).hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", "sts:AssumeRole", "Principal", Map.of("Service", "ecs.amazonaws.com")))))),
                "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                        ":iam::aws:policy/" + BlueGreenRelease.INFRASTRUCTURE_POLICY)))))));
    }

    @Test
    void rollbackAlarmsWatchTheWholeLoadBalancerAndExistBeforeTheService() {
        Template t = blueGreen(true);
        t.resourceCountIs("AWS::CloudWatch::Alarm", 3);
        Map<String, Object> lbDimension = Map.of("Name", "LoadBalancer", "Value", Map.of("Fn::GetAtt",
                List.of(Match.stringLikeRegexp("AppLoadBalancer.*"), "LoadBalancerFullName")));
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", ALARMS.latencyName(), "MetricName", "TargetResponseTime", "ExtendedStatistic", "p99",
                "Threshold", 0.8, "Dimensions", List.of(lbDimension), "TreatMissingData", "notBreaching")));
        for (var alarm : Map.of(ALARMS.target5xxName(), "HTTPCode_Target_5XX_Count", ALARMS.elb5xxName(), "HTTPCode_ELB_5XX_Count").entrySet()) {
            t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "AlarmName", alarm.getKey(), "MetricName", alarm.getValue(), "Statistic", "Sum", "Period", 60,
                    "Threshold", RollbackAlarms.HTTP_5XX_PER_MINUTE, "Dimensions", List.of(lbDimension))));
        }
        Map<String, Map<String, Object>> services = t.findResources("AWS::ECS::Service");
        @SuppressWarnings("unchecked")
        List<String> dependsOn = (List<String>) services.values().iterator().next().get("DependsOn");
        assertThat(dependsOn).filteredOn(id -> id.startsWith("AppBlueGreenRollbackAlarms")).hasSize(3);
    }

    @Test
    void rollingHasNoneOfItButTheSameController() {
        Template t = synth(p -> p.https(Optional.of(HTTPS)));
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 1);
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 0);
        t.resourceCountIs("AWS::CloudWatch::Alarm", 0);
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 2);
        t.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of(
                "DeploymentController", Map.of("Type", "ECS"),
                "DeploymentConfiguration", Map.of("MaximumPercent", 200, "MinimumHealthyPercent", 100,
                        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
                        "Alarms", Map.of("AlarmNames", List.of(), "Enable", false, "Rollback", false)),
                "LoadBalancers", List.of(Match.not(Match.objectLike(Map.of("AdvancedConfiguration", Match.anyValue())))))));
    }

    @Test
    void rejectsABakeTimeEcsRefuses() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BlueGreenSettings(Duration.minutes(1441), List.of(), ALARMS));
        assertThat(e).hasMessage("bakeTime must be between 0 and 1440 minutes, got 1441.0");
    }
}
