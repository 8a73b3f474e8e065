package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerServiceTest {
    private static final HttpsSettings HTTPS = new HttpsSettings("eu-west-2.dev.example.com",
            List.of("dev.example.com"), "Z0123456789ABCDEFGHIJ", "example.com");

    private static Template synth(ContainerServiceProps.Builder props) {
        return synth(new Fixtures(), props);
    }

    private static Template synth(Fixtures f, ContainerServiceProps.Builder props) {
        new ContainerService(f.stack, "App", props.build());
        return Template.fromStack(f.stack);
    }

    private static Template synth(java.util.function.UnaryOperator<ContainerServiceProps.Builder> customise) {
        Fixtures f = new Fixtures();
        return synth(f, customise.apply(f.serviceProps()));
    }

    @Test
    void taskHasTheConfiguredCpuMemoryAndImage() {
        Template t = synth(p -> p.image("public.ecr.aws/acme/api:1.2.3").cpu(1024).memoryMiB(2048).port(8080));
        t.hasResourceProperties("AWS::ECS::TaskDefinition", Match.objectLike(Map.of(
                "Cpu", "1024",
                "Memory", "2048",
                "RequiresCompatibilities", List.of("FARGATE"),
                "ContainerDefinitions", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "app",
                        "Image", "public.ecr.aws/acme/api:1.2.3",
                        "PortMappings", List.of(Map.of("ContainerPort", 8080, "Protocol", "tcp")))))))));
    }

    @Test
    void collectorSidecarExportsToXray() {
        synth(p -> p).hasResourceProperties("AWS::ECS::TaskDefinition", Match.objectLike(Map.of(
                "ContainerDefinitions", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "otel-collector",
                        "Image", ContainerService.COLLECTOR_IMAGE,
                        "Essential", false,
                        "Command", List.of("--config=/etc/ecs/ecs-xray.yaml"))))))));
    }

    @Test
    void scalingUsesMinAndMaxTasks() {
        Template t = synth(p -> p.minTasks(3).maxTasks(12));
        t.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
                "MinCapacity", 3, "MaxCapacity", 12, "ScalableDimension", "ecs:service:DesiredCount",
                "ServiceNamespace", "ecs", "ResourceId", Match.anyValue(), "RoleARN", Match.anyValue()));
        t.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of("DesiredCount", 3, "LaunchType", "FARGATE")));
    }

    @Test
    void scalesOnCpuAndMemory() {
        Template t = synth(p -> p);
        t.resourceCountIs("AWS::ApplicationAutoScaling::ScalingPolicy", 2);
        for (var metric : Map.of("ECSServiceAverageCPUUtilization", ContainerService.CPU_TARGET_PERCENT,
                "ECSServiceAverageMemoryUtilization", ContainerService.MEMORY_TARGET_PERCENT).entrySet()) {
            t.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                    "PolicyType", "TargetTrackingScaling",
                    "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                            "TargetValue", metric.getValue(),
                            "PredefinedMetricSpecification", Map.of("PredefinedMetricType", metric.getKey()))))));
        }
    }

    @Test
    void taskRoleMayUseOnlyTheTableItsKeyAndXray() {
        Fixtures f = new Fixtures();
        ContainerService service = new ContainerService(f.stack, "App", f.serviceProps().build());
        Template t = Template.fromStack(f.stack);
        String roleId = f.stack.getLogicalId((software.amazon.awscdk.CfnElement) service.taskRole().getNode().getDefaultChild());
        Map<String, Map<String, Object>> policies = t.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("Roles", List.of(Map.of("Ref", roleId)))))));
        assertThat(policies).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                policies.values().iterator().next().get("Properties")).get("PolicyDocument")).get("Statement");
        List<String> actions = statements.stream().flatMap(s -> actionsOf(s).stream()).toList();
        assertThat(actions).allMatch(a -> a.startsWith("dynamodb:") || a.startsWith("kms:") || a.startsWith("xray:"));
        assertThat(actions).contains("dynamodb:PutItem", "dynamodb:Query", "kms:Decrypt", "xray:PutTraceSegments");
        assertThat(statements).filteredOn(s -> actionsOf(s).stream().anyMatch(a -> a.startsWith("dynamodb:")))
                .allSatisfy(s -> assertThat(s.get("Resource").toString()).contains("table/acme-dev-credits"));
        assertThat(statements).filteredOn(s -> "*".equals(s.get("Resource")))
                .allSatisfy(s -> assertThat(actionsOf(s)).allMatch(a -> a.startsWith("xray:")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> actionsOf(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of((String) action);
    }

    @Test
    void withHttpsTheAlbServes443WithTheCertificateAndRedirects80() {
        Template t = synth(p -> p.https(Optional.of(HTTPS)));
        t.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
                "DomainName", "eu-west-2.dev.example.com",
                "SubjectAlternativeNames", List.of("dev.example.com"),
                "ValidationMethod", "DNS",
                "DomainValidationOptions", Match.arrayWith(List.of(Map.of(
                        "DomainName", "eu-west-2.dev.example.com", "HostedZoneId", "Z0123456789ABCDEFGHIJ")))));
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 443, "Protocol", "HTTPS", "Certificates", List.of(Map.of("CertificateArn", Match.anyValue())))));
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 80, "Protocol", "HTTP",
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "redirect",
                        "RedirectConfig", Map.of("Protocol", "HTTPS", "Port", "443", "StatusCode", "HTTP_301")))))));
    }

    @Test
    void withoutHttpsOnlyPort80ForwardsAndNoCertificateExists() {
        Template t = synth(p -> p);
        t.resourceCountIs("AWS::CertificateManager::Certificate", 0);
        t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 80, "DefaultActions", List.of(Match.objectLike(Map.of("Type", "forward"))))));
    }

    @Test
    void albSecurityGroupIsOpenToTheWorldOnlyOn443And80() {
        Template t = synth(p -> p.https(Optional.of(HTTPS)).port(8080));
        Map<String, Map<String, Object>> groups = t.findResources("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("SecurityGroupIngress", Match.anyValue())))));
        @SuppressWarnings("unchecked")
        List<Object> worldPorts = groups.values().stream()
                .flatMap(g -> ((List<Map<String, Object>>) ((Map<String, Object>) g.get("Properties")).get("SecurityGroupIngress")).stream())
                .filter(rule -> "0.0.0.0/0".equals(rule.get("CidrIp")))
                .map(rule -> rule.get("FromPort")).toList();
        assertThat(worldPorts).containsExactlyInAnyOrder(443, 80);
        t.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "FromPort", 8080, "ToPort", 8080, "SourceSecurityGroupId", Match.anyValue())));
    }

    @Test
    void serviceRunsInPrivateSubnetsWithoutPublicIp() {
        synth(p -> p).hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of(
                "NetworkConfiguration", Map.of("AwsvpcConfiguration", Match.objectLike(Map.of(
                        "AssignPublicIp", "DISABLED",
                        "Subnets", List.of(Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet1.*")),
                                Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet2.*")))))))));
    }

    @Test
    void albIsInternetFacingWithAccessLogsInAnSseS3Bucket() {
        Template t = synth(p -> p);
        t.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Match.objectLike(Map.of(
                "Scheme", "internet-facing",
                "LoadBalancerAttributes", Match.arrayWith(List.of(Map.of("Key", "access_logs.s3.enabled", "Value", "true"))))));
        t.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))))));
    }

    @Test
    void containerInsightsEnhancedOnlyWhenAsked() {
        synth(p -> p).hasResourceProperties("AWS::ECS::Cluster", Map.of(
                "ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", "enabled"))));
        synth(p -> p.enhancedInsights(true)).hasResourceProperties("AWS::ECS::Cluster", Map.of(
                "ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", "enhanced"))));
    }

    @Test
    void containerLogsAreKmsEncryptedWithTheRetention() {
        synth(p -> p.logRetention(RetentionDays.ONE_MONTH).removalPolicy(RemovalPolicy.DESTROY))
                .hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                        "Properties", Map.of("RetentionInDays", 30, "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))),
                        "DeletionPolicy", "Delete")));
    }

    @Test
    void webAclIsAssociatedWithTheAlb() {
        synth(p -> p).hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                "ResourceArn", Map.of("Ref", Match.stringLikeRegexp("AppLoadBalancer.*")),
                "WebACLArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AppWebAcl.*"), "Arn"))));
    }

    @Test
    void rejectsMinTasksAboveMaxTasks() {
        Fixtures f = new Fixtures();
        var e = assertThrows(IllegalArgumentException.class, () -> f.serviceProps().minTasks(5).maxTasks(2).build());
        assertThat(e).hasMessage("minTasks must be at least 1 and at most maxTasks, got minTasks=5 maxTasks=2");
    }
}
