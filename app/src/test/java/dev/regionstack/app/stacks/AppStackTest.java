package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AppStackTest {
    private static final Dns DNS = new Dns("example.com", "Z0123456789ABCDEFGHIJ", Routing.FAILOVER, "dev");

    private static Template synth(String regionName, Sizing sizing, Waf waf, Optional<Dns> dns) {
        Region region = new Region(regionName);
        AppStack stack = new AppStack(region.app, "App", region.props(),
                Region.deployment(regionName, sizing, waf, Alarms.DEFAULT), dns, region.vpc, region.key, Optional.empty());
        return Template.fromStack(stack);
    }

    @Test
    void certificateCoversTheRegionalAndEnvironmentNamesInTheGivenZone() {
        synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.of(DNS)).hasResourceProperties(
                "AWS::CertificateManager::Certificate", Match.objectLike(Map.of(
                        "DomainName", "eu-west-2.dev.example.com",
                        "SubjectAlternativeNames", List.of("dev.example.com"),
                        "DomainValidationOptions", Match.arrayWith(List.of(Map.of(
                                "DomainName", "dev.example.com", "HostedZoneId", "Z0123456789ABCDEFGHIJ"))))));
    }

    @Test
    void withoutDnsThereIsNoCertificateAndNoHttpsListener() {
        Template t = synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.empty());
        t.resourceCountIs("AWS::CertificateManager::Certificate", 0);
        assertThat(t.findResources("AWS::ElasticLoadBalancingV2::Listener").toString()).doesNotContain("HTTPS");
    }

    @Test
    void wafBlocksTheRegionsCountriesAtTheRegionsRate() {
        synth("us-east-2", Sizing.LARGE, new Waf(List.of("CN", "RU", "KP", "IR"), 1200), Optional.empty())
                .hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of(
                        "Name", "acme-dev-app",
                        "Rules", Match.arrayWith(List.of(
                                Match.objectLike(Map.of("Statement", Map.of("GeoMatchStatement",
                                        Map.of("CountryCodes", List.of("CN", "RU", "KP", "IR"))))),
                                Match.objectLike(Map.of("Statement", Map.of("RateBasedStatement",
                                        Match.objectLike(Map.of("Limit", 1200))))))))));
    }

    @Test
    void publishesTheAlbForTheGlobalStacks() {
        Template t = synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.empty());
        Map<String, String> expected = Map.of(
                "alb-dns-name", "DNSName", "alb-zone-id", "CanonicalHostedZoneID",
                "alb-full-name", "LoadBalancerFullName", "target-group-full-name", "TargetGroupFullName");
        expected.forEach((key, attribute) -> t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/dev/eu-west-2/app/" + key,
                "Value", Map.of("Fn::GetAtt", List.of(Match.anyValue(), attribute))))));
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/dev/eu-west-2/app/alb-arn",
                "Value", Map.of("Ref", Match.stringLikeRegexp("ServiceLoadBalancer.*")))));
    }

    @Test
    void albParametersNameTheParametersItPublishes() {
        assertThat(AppStack.albParameters(Region.deployment("us-east-2"))).isEqualTo(new AlbParameters(
                "/acme/dev/us-east-2/app/alb-full-name", "/acme/dev/us-east-2/app/target-group-full-name"));
    }

    @Test
    void sizingSetsLogRetentionInsightsAndRetention() {
        Template large = synth("eu-west-2", Sizing.LARGE, Waf.DEFAULT, Optional.empty());
        large.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("RetentionInDays", 30)), "DeletionPolicy", "Retain")));
        large.hasResourceProperties("AWS::ECS::Cluster", Map.of(
                "ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", "enhanced"))));
        synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.empty()).hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Delete")));
    }

    @Test
    void outputsTheAlbServiceAndClusterWithoutExports() {
        Template t = synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.of(DNS));
        for (String output : List.of("LoadBalancerDnsName", "ServiceName", "ClusterName")) {
            t.hasOutput(output, Match.objectLike(Map.of("Export", Match.absent())));
        }
        t.hasOutput("Url", Map.of("Value", "https://eu-west-2.dev.example.com/", "Description", Match.anyValue()));
    }

    @Test
    void importsNothingButTheVpcAndKeyItWasGiven() {
        String template = synth("eu-west-2", Sizing.SMALL, Waf.DEFAULT, Optional.empty()).toJSON().toString();
        Matcher imports = Pattern.compile("Fn::ImportValue=([^}]+)}").matcher(template);
        int count = 0;
        while (imports.find()) {
            count++;
            assertThat(imports.group(1)).matches("Network:ExportsOutput(Ref|Fn)\\S*(Vpc|Key)\\S*");
        }
        assertThat(count).isGreaterThan(0);
    }

    @Test
    void synthIsDeterministic() {
        Optional<Dns> dns = Optional.of(DNS);
        assertThat(synth("eu-west-2", Sizing.MEDIUM, Waf.DEFAULT, dns).toJSON())
                .isEqualTo(synth("eu-west-2", Sizing.MEDIUM, Waf.DEFAULT, dns).toJSON());
    }

    @Test
    void staysWellUnderTheCloudFormationLimits() {
        Template t = synth("eu-west-2", Sizing.LARGE, Waf.DEFAULT, Optional.of(DNS));
        @SuppressWarnings("unchecked")
        Map<String, Object> resources = (Map<String, Object>) t.toJSON().get("Resources");
        assertThat(resources.size()).isLessThan(100);
    }
}
