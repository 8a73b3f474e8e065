package dev.regionstack.platform.edge;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EdgeDistributionTest {
    private static final List<String> TWO = List.of("eu-west-2.prod.example.com", "us-east-1.prod.example.com");
    private static final EdgeDomain DOMAIN = new EdgeDomain("cdn.prod.example.com", "example.com", "Z0123456789ABCDEFGHIJ");

    private static Template template(EdgeDistributionProps props) {
        Stack stack = EdgeWebAclTest.stackIn("us-east-1");
        new EdgeDistribution(stack, "Distribution", props);
        return Template.fromStack(stack);
    }

    private static Object distributionConfig(Template template) {
        Map<String, Map<String, Object>> distributions = template.findResources("AWS::CloudFront::Distribution");
        assertThat(distributions).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) distributions.values().iterator().next().get("Properties");
        return properties.get("DistributionConfig");
    }

    @Test
    void originGroupHasThePrimaryFirstAndFailsOverOn5xx() {
        Map<?, ?> config = (Map<?, ?>) distributionConfig(
                template(new EdgeDistributionProps(TWO, OriginProtocolPolicy.HTTPS_ONLY, null, Optional.empty(), null, Optional.empty())));
        Map<Object, Object> originIdByDomain = new java.util.HashMap<>();
        for (Object origin : (List<?>) config.get("Origins")) {
            originIdByDomain.put(((Map<?, ?>) origin).get("DomainName"), ((Map<?, ?>) origin).get("Id"));
        }
        Map<?, ?> group = (Map<?, ?>) ((List<?>) ((Map<?, ?>) config.get("OriginGroups")).get("Items")).get(0);
        List<?> members = (List<?>) ((Map<?, ?>) group.get("Members")).get("Items");
        List<Object> memberIds = members.stream().map(m -> (Object) ((Map<?, ?>) m).get("OriginId")).toList();
        assertThat(memberIds).isEqualTo(List.of(originIdByDomain.get(TWO.get(0)), originIdByDomain.get(TWO.get(1))));
        assertThat(group.get("FailoverCriteria"))
                .isEqualTo(Map.of("StatusCodes", Map.of("Quantity", 4, "Items", List.of(500, 502, 503, 504))));
    }

    @Test
    void singleOriginHasNoOriginGroup() {
        Object config = distributionConfig(template(new EdgeDistributionProps(List.of("alb-1.eu-west-2.elb.amazonaws.com"),
                OriginProtocolPolicy.HTTP_ONLY, null, Optional.empty(), null, Optional.empty())));
        assertThat(((Map<?, ?>) config).containsKey("OriginGroups")).isFalse();
        assertThat((List<?>) ((Map<?, ?>) config).get("Origins")).hasSize(1);
    }

    @Test
    void httpOnlyOriginsForPlainHttpLoadBalancers() {
        template(new EdgeDistributionProps(List.of("alb-1.eu-west-2.elb.amazonaws.com"), OriginProtocolPolicy.HTTP_ONLY,
                null, Optional.empty(), null, Optional.empty())).hasResourceProperties("AWS::CloudFront::Distribution", Map.of(
                "DistributionConfig", Match.objectLike(Map.of("Origins", List.of(Match.objectLike(Map.of(
                        "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "http-only")))))))));
    }

    @Test
    void httpsOriginsUseTls12() {
        template(new EdgeDistributionProps(TWO, null, null, Optional.empty(), null, Optional.empty())).hasResourceProperties(
                "AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of("Origins", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("CustomOriginConfig", Match.objectLike(Map.of(
                                "OriginProtocolPolicy", "https-only", "OriginSSLProtocols", List.of("TLSv1.2")))))))))));
    }

    @Test
    void defaultBehaviourRedirectsToHttpsWithSecurityHeadersAndNoCaching() {
        template(new EdgeDistributionProps(TWO, null, null, Optional.empty(), null, Optional.empty())).hasResourceProperties(
                "AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of("DefaultCacheBehavior", Match.objectLike(Map.of(
                        "ViewerProtocolPolicy", "redirect-to-https",
                        "AllowedMethods", List.of("GET", "HEAD", "OPTIONS"),
                        // AWS managed policies: CachingDisabled, AllViewerExceptHostHeader, SecurityHeadersPolicy
                        "CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
                        "OriginRequestPolicyId", "b689b0a8-53d0-40ab-baf2-68738e2966ac",
                        "ResponseHeadersPolicyId", "67f7725c-6f97-4210-82d7-5512b31e9d03"))))));
    }

    @Test
    void attachesTheWebAcl() {
        template(new EdgeDistributionProps(TWO, null, "arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1", Optional.empty(), null, Optional.empty()))
                .hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                        "WebACLId", "arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1"))));
    }

    @Test
    void customDomainGetsADnsValidatedCertificateInTheZone() {
        template(new EdgeDistributionProps(TWO, null, null, Optional.of(DOMAIN), null, Optional.empty())).hasResourceProperties(
                "AWS::CertificateManager::Certificate", Map.of(
                        "DomainName", "cdn.prod.example.com",
                        "ValidationMethod", "DNS",
                        "DomainValidationOptions", List.of(Map.of("DomainName", "cdn.prod.example.com",
                                "HostedZoneId", "Z0123456789ABCDEFGHIJ"))));
    }

    @Test
    void customDomainIsAnAliasWithTls12Minimum() {
        template(new EdgeDistributionProps(TWO, null, null, Optional.of(DOMAIN), null, Optional.empty())).hasResourceProperties(
                "AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                        "Aliases", List.of("cdn.prod.example.com"),
                        "ViewerCertificate", Match.objectLike(Map.of(
                                "MinimumProtocolVersion", "TLSv1.2_2021", "SslSupportMethod", "sni-only"))))));
    }

    @Test
    void customDomainGetsAandAaaaAliasRecordsToTheDistribution() {
        Template template = template(new EdgeDistributionProps(TWO, null, null, Optional.of(DOMAIN), null, Optional.empty()));
        for (String type : List.of("A", "AAAA")) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", "cdn.prod.example.com.",
                    "Type", type,
                    "HostedZoneId", "Z0123456789ABCDEFGHIJ",
                    "AliasTarget", Match.objectLike(Map.of("DNSName",
                            Map.of("Fn::GetAtt", List.of("Distribution9930A484", "DomainName"))))));
        }
    }

    @Test
    void withoutCustomDomainNoCertificateNorRecord() {
        Template template = template(new EdgeDistributionProps(TWO, null, null, Optional.empty(), null, Optional.empty()));
        template.resourceCountIs("AWS::CertificateManager::Certificate", 0);
        template.resourceCountIs("AWS::Route53::RecordSet", 0);
    }

    @Test
    void refusesThreeOrigins() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EdgeDistributionProps(
                List.of("a.example.com", "b.example.com", "c.example.com"), null, null, Optional.empty(), null, Optional.empty()));
        assertThat(e).hasMessage("originDomainNames must hold one origin or two (primary, then failover), got 3");
    }

    @Test
    void refusesADomainOutsideTheZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeDomain("cdn.prod.example.org", "example.com", "Z0123456789ABCDEFGHIJ"));
        assertThat(e).hasMessage("domainName cdn.prod.example.org is not in the zone example.com");
    }

    private static Template templateWithLogs(RemovalPolicy removalPolicy) {
        Stack stack = EdgeWebAclTest.stackIn("us-east-1");
        Key key = Key.Builder.create(stack, "Key").build();
        new EdgeDistribution(stack, "Distribution", EdgeDistributionProps.builder()
                .originDomainNames(TWO)
                .accessLogs(new EdgeAccessLogs("acme-prod", RetentionDays.ONE_WEEK, removalPolicy, key))
                .build());
        return Template.fromStack(stack);
    }

    @Test
    void accessLogsGoToAnEncryptedLogGroupWithRetention() {
        templateWithLogs(RemovalPolicy.RETAIN).hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/vendedlogs/cloudfront/acme-prod",
                "RetentionInDays", 7,
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^Key"), "Arn"))));
    }

    @Test
    void accessLogsFollowTheRemovalPolicy() {
        templateWithLogs(RemovalPolicy.RETAIN).hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain")));
        templateWithLogs(RemovalPolicy.DESTROY).hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "DeletionPolicy", "Delete")));
    }

    @Test
    void accessLogsAreDeliveredFromTheDistributionToTheLogGroup() {
        Template template = templateWithLogs(RemovalPolicy.RETAIN);
        template.hasResourceProperties("AWS::Logs::DeliverySource", Map.of(
                "Name", "acme-prod-access-logs",
                "LogType", "ACCESS_LOGS",
                "ResourceArn", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of(Map.of("Ref", Match.stringLikeRegexp("^Distribution"))))))))));
        template.hasResourceProperties("AWS::Logs::DeliveryDestination", Map.of(
                "Name", "acme-prod-access-logs",
                "DestinationResourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^DistributionAccessLogs"), "Arn"))));
        template.hasResourceProperties("AWS::Logs::Delivery", Map.of(
                "DeliverySourceName", "acme-prod-access-logs",
                "DeliveryDestinationArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^DistributionAccessLogDestination"), "Arn"))));
        template.hasResource("AWS::Logs::Delivery", Match.objectLike(Map.of(
                "DependsOn", List.of(Match.stringLikeRegexp("^DistributionAccessLogSource")))));
    }

    @Test
    void accessLogsKeyIsUsableByCloudWatchLogsForThatLogGroupOnly() {
        templateWithLogs(RemovalPolicy.RETAIN).hasResourceProperties("AWS::KMS::Key", Map.of("KeyPolicy", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "CloudWatchLogsUseForCloudFrontAccessLogs",
                        "Principal", Map.of("Service", "logs.us-east-1.amazonaws.com"),
                        "Condition", Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn", Map.of("Fn::Join", List.of("",
                                List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                        ":logs:us-east-1:111111111111:log-group:/aws/vendedlogs/cloudfront/acme-prod")))))))))))));
    }

    @Test
    void withoutAccessLogsNoLogGroupNorDelivery() {
        Template template = template(new EdgeDistributionProps(TWO, null, null, Optional.empty(), null, Optional.empty()));
        template.resourceCountIs("AWS::Logs::LogGroup", 0);
        template.resourceCountIs("AWS::Logs::Delivery", 0);
    }

    @Test
    void refusesAnAccessLogNameWithSlashes() {
        Stack stack = EdgeWebAclTest.stackIn("us-east-1");
        Key key = Key.Builder.create(stack, "Key").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeAccessLogs("acme/prod", RetentionDays.ONE_WEEK, null, key));
        assertThat(e).hasMessage("name must be 1 to 48 letters, digits or hyphens, got acme/prod");
    }
}
