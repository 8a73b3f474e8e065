package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.regionstack.app.stacks.GlobalFixtures.app;
import static dev.regionstack.app.stacks.GlobalFixtures.crossRegionReads;
import static dev.regionstack.app.stacks.GlobalFixtures.environment;
import static dev.regionstack.app.stacks.GlobalFixtures.propsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GlobalEdgeStackTest {
    private static final Dns DNS = new Dns("example.com", "Z0123456789ABCDEFGHIJ", Routing.LATENCY, "prod");

    private static Template template(Optional<Dns> dns, Environment environment) {
        return Template.fromStack(new GlobalEdgeStack(app(), "Edge", propsIn("us-east-1", "acme-prod-global-edge"),
                "acme", environment, dns));
    }

    private static Map<?, ?> distributionConfig(Template template) {
        Map<String, Map<String, Object>> distributions = template.findResources("AWS::CloudFront::Distribution");
        assertThat(distributions).hasSize(1);
        return (Map<?, ?>) ((Map<?, ?>) distributions.values().iterator().next().get("Properties")).get("DistributionConfig");
    }

    /** The origin group's members as the origins' domain names, in failover order. */
    private static List<Object> originGroupDomains(Template template) {
        Map<?, ?> config = distributionConfig(template);
        Map<Object, Object> domainById = new java.util.HashMap<>();
        for (Object origin : (List<?>) config.get("Origins")) {
            domainById.put(((Map<?, ?>) origin).get("Id"), ((Map<?, ?>) origin).get("DomainName"));
        }
        Map<?, ?> group = (Map<?, ?>) ((List<?>) ((Map<?, ?>) config.get("OriginGroups")).get("Items")).get(0);
        return ((List<?>) ((Map<?, ?>) group.get("Members")).get("Items")).stream()
                .map(member -> domainById.get(((Map<?, ?>) member).get("OriginId"))).toList();
    }

    @Test
    void originGroupIsThePrimaryThenTheNextRegionInFileOrder() {
        Template template = template(Optional.of(DNS), environment("us-east-1", "eu-west-2", "us-east-1", "ap-southeast-2"));
        assertThat(originGroupDomains(template)).isEqualTo(List.of(
                "us-east-1.prod.example.com", "eu-west-2.prod.example.com"));
    }

    @Test
    void originGroupFailsOverOn5xx() {
        Map<?, ?> config = distributionConfig(template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "us-east-1")));
        Map<?, ?> group = (Map<?, ?>) ((List<?>) ((Map<?, ?>) config.get("OriginGroups")).get("Items")).get(0);
        assertThat(group.get("FailoverCriteria"))
                .isEqualTo(Map.of("StatusCodes", Map.of("Quantity", 4, "Items", List.of(500, 502, 503, 504))));
    }

    @Test
    void withDnsOriginsAreTheRegionalNamesOverHttps() {
        template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "us-east-1")).hasResourceProperties(
                "AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of("Origins", List.of(
                        Match.objectLike(Map.of("DomainName", "eu-west-2.prod.example.com",
                                "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "https-only")))),
                        Match.objectLike(Map.of("DomainName", "us-east-1.prod.example.com",
                                "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "https-only")))))))));
    }

    @Test
    void withoutDnsOriginsAreTheAlbNamesReadFromTheTwoOriginRegions() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"));
        assertThat(crossRegionReads(template)).isEqualTo(Map.of(
                "eu-west-2", "/acme/prod/eu-west-2/app/alb-dns-name",
                "us-east-1", "/acme/prod/us-east-1/app/alb-dns-name"));
        assertThat(originGroupDomains(template)).isEqualTo(List.of(
                Map.of("Fn::GetAtt", List.of(template.findResources("Custom::AWS", Map.of()).keySet().stream()
                        .filter(id -> id.startsWith("AlbDnsNameeuwest2")).findFirst().orElseThrow(), "Parameter.Value")),
                Map.of("Fn::GetAtt", List.of(template.findResources("Custom::AWS", Map.of()).keySet().stream()
                        .filter(id -> id.startsWith("AlbDnsNameuseast1")).findFirst().orElseThrow(), "Parameter.Value"))));
    }

    @Test
    void withoutDnsOriginsUseHttp() {
        template(Optional.empty(), environment("eu-west-2", "eu-west-2", "us-east-1")).hasResourceProperties(
                "AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of("Origins", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "http-only"))))))))));
    }

    @Test
    void aSingleRegionIsASingleOrigin() {
        Map<?, ?> config = distributionConfig(template(Optional.of(DNS), environment("eu-west-2", "eu-west-2")));
        assertThat(config.containsKey("OriginGroups")).isFalse();
        assertThat(((List<?>) config.get("Origins")).stream().map(o -> ((Map<?, ?>) o).get("DomainName")).toList())
                .isEqualTo(List.of("eu-west-2.prod.example.com"));
    }

    @Test
    void regionsWithoutTheAppComponentAreSkipped() {
        Template template = template(Optional.of(DNS),
                environment("eu-west-2", List.of("us-east-1"), "eu-west-2", "us-east-1", "ap-southeast-2"));
        assertThat(originGroupDomains(template)).isEqualTo(List.of(
                "eu-west-2.prod.example.com", "ap-southeast-2.prod.example.com"));
    }

    @Test
    void webAclIsCloudFrontScopedWithTheEnvironmentsCountriesAndRateLimit() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2", "us-east-1"));
        template.hasResourceProperties("AWS::WAFv2::WebACL", Map.of(
                "Name", "acme-prod-edge",
                "Scope", "CLOUDFRONT",
                "Rules", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", List.of("CN", "RU", "KP"))))),
                        Match.objectLike(Map.of("Statement", Map.of("RateBasedStatement", Match.objectLike(Map.of("Limit", 1500)))))))));
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "WebACLId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^WebAcl"), "Arn"))))));
    }

    /** {@code environment} with the environment-level list {@code own} and, per region, the list it resolves to. */
    private static Environment blocking(Environment environment, List<String> own, Map<String, List<String>> perRegion) {
        Settings s = environment.settings();
        List<Deployment> deployments = environment.deployments().stream().map(d -> {
            Settings ds = d.settings();
            Waf waf = new Waf(perRegion.getOrDefault(d.region(), own), ds.waf().rateLimitPer5Min());
            return new Deployment(d.project(), d.environment(), d.account(), d.region(), d.primary(), d.primaryRegion(),
                    d.environmentRegions(), d.cidr(), d.zones(), d.peerCidrs(),
                    new Settings(ds.sizing(), ds.components(), waf, ds.alarms(), ds.app(), ds.data()), d.tags(),
                    d.ownsAccountRegionSingletons(), d.ownsAccountTrail());
        }).toList();
        return new Environment(environment.name(), environment.account(), environment.approval(),
                new Settings(s.sizing(), s.components(), new Waf(own, s.waf().rateLimitPer5Min()), s.alarms(), s.app(), s.data()),
                deployments);
    }

    private static Map<String, Object> geoRule(List<String> countries) {
        return Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                "Name", "BlockedCountries",
                "Action", Map.of("Block", Map.of()),
                "Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", countries)))))));
    }

    @Test
    void webAclBlocksTheUnionOfTheOriginRegionsListsWhenOnlyRegionsListCountries() {
        Environment environment = blocking(environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"), List.of(),
                Map.of("eu-west-2", List.of("CN"), "us-east-1", List.of("RU", "CN"), "ap-southeast-2", List.of("IR")));
        // ap-southeast-2 is not an origin (CloudFront never routes there), so its IR stays its own
        template(Optional.empty(), environment).hasResourceProperties("AWS::WAFv2::WebACL", geoRule(List.of("CN", "RU")));
    }

    @Test
    void webAclBlocksTheEnvironmentsListThenEachOriginRegionsOwn() {
        Environment environment = blocking(environment("eu-west-2", "eu-west-2", "us-east-1"), List.of("KP"),
                Map.of("eu-west-2", List.of("CN")));
        // eu-west-2 replaces the environment's list with its own; us-east-1 inherits it
        template(Optional.empty(), environment).hasResourceProperties("AWS::WAFv2::WebACL", geoRule(List.of("KP", "CN")));
    }

    @Test
    void webAclFollowsTheOriginGroupPastARegionWithoutTheApp() {
        Environment environment = blocking(environment("eu-west-2", List.of("us-east-1"), "eu-west-2", "us-east-1", "ap-southeast-2"),
                List.of(), Map.of("eu-west-2", List.of("CN"), "us-east-1", List.of("IR"), "ap-southeast-2", List.of("RU")));
        template(Optional.empty(), environment).hasResourceProperties("AWS::WAFv2::WebACL", geoRule(List.of("CN", "RU")));
    }

    @Test
    void webAclHasNoGeoRuleWhenNoOriginRegionBlocksACountry() {
        Environment environment = blocking(environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"), List.of(),
                Map.of("ap-southeast-2", List.of("IR")));
        template(Optional.empty(), environment).hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Rules",
                Match.not(Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "BlockedCountries")))))));
        assertThat(template(Optional.empty(), environment).findResources("AWS::WAFv2::WebACL").toString())
                .doesNotContain("GeoMatchStatement");
    }

    @Test
    void withDnsAUsEast1CertificateForTheCdnName() {
        Template template = template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "us-east-1"));
        template.resourceCountIs("AWS::CertificateManager::Certificate", 1);
        template.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
                "DomainName", "cdn.prod.example.com",
                "ValidationMethod", "DNS",
                "DomainValidationOptions", List.of(Map.of("DomainName", "cdn.prod.example.com", "HostedZoneId", "Z0123456789ABCDEFGHIJ"))));
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "Aliases", List.of("cdn.prod.example.com"),
                "ViewerCertificate", Match.objectLike(Map.of("MinimumProtocolVersion", "TLSv1.2_2021"))))));
    }

    @Test
    void withoutDnsNoCertificate() {
        template(Optional.empty(), environment("eu-west-2", "eu-west-2", "us-east-1"))
                .resourceCountIs("AWS::CertificateManager::Certificate", 0);
    }

    @Test
    void outputsTheDistributionWithoutExports() {
        Template template = template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "us-east-1"));
        template.hasOutput("DistributionDomainName", Map.of("Value",
                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^Distribution"), "DomainName"))));
        template.hasOutput("DistributionId", Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("^Distribution"))));
        template.hasOutput("CustomDomainName", Map.of("Value", "cdn.prod.example.com"));
        assertThat(template.findOutputs("*").values()).allSatisfy(output -> assertThat(output).doesNotContainKey("Export"));
    }

    @Test
    void importsNoExport() {
        assertThat(GlobalFixtures.text(template(Optional.empty(), environment("eu-west-2", "eu-west-2", "us-east-1"))))
                .doesNotContain("Fn::ImportValue");
    }

    @Test
    void refusesAnEnvironmentWithoutAnyAppRegion() {
        Environment environment = environment("eu-west-2", List.of("eu-west-2"), "eu-west-2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> template(Optional.empty(), environment));
        assertThat(e).hasMessage("environment prod has no region with the app component; the edge needs at least one load balancer");
    }

    @Test
    void synthesizesWithoutErrorsOrWarnings() {
        software.amazon.awscdk.Stack stack = new GlobalEdgeStack(app(), "Edge", propsIn("us-east-1", "acme-prod-global-edge"), "acme", environment("eu-west-2", "eu-west-2", "us-east-1"), Optional.of(DNS));
        software.amazon.awscdk.assertions.Annotations annotations = software.amazon.awscdk.assertions.Annotations.fromStack(stack);
        annotations.hasNoError("*", Match.anyValue());
        annotations.hasNoWarning("*", Match.anyValue());
    }

    private static Environment sized(Sizing sizing, Environment environment) {
        Settings s = environment.settings();
        return new Environment(environment.name(), environment.account(), environment.approval(),
                new Settings(sizing, s.components(), s.waf(), s.alarms(), s.app(), s.data()), environment.deployments());
    }

    @Test
    void smallSizingKeepsAccessLogsAWeekAndDeletesThemWithTheStack() {
        Template template = template(Optional.empty(), sized(Sizing.SMALL, environment("eu-west-2", "eu-west-2", "us-east-1")));
        template.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "DeletionPolicy", "Delete",
                "Properties", Match.objectLike(Map.of("LogGroupName", "/aws/vendedlogs/cloudfront/acme-prod", "RetentionInDays", 7)))));
        template.hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void mediumSizingRetainsAccessLogsAndTheirKey() {
        Template template = template(Optional.empty(), sized(Sizing.MEDIUM, environment("eu-west-2", "eu-west-2", "us-east-1")));
        template.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "Properties", Match.objectLike(Map.of("RetentionInDays", 14)))));
        template.hasResource("AWS::KMS::Key", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "Properties", Match.objectLike(Map.of("EnableKeyRotation", true)))));
    }

    @Test
    void refusesALogRetentionCloudWatchDoesNotOffer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogRetention.of(10));
        assertThat(e).hasMessage("log retention of 10 days is not a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, 120, "
                + "150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)");
    }

    @Test
    void refusesAnyRegionButUsEast1() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GlobalEdgeStack(app(), "Edge", propsIn("eu-west-2", "acme-prod-global-edge"),
                        "acme", environment("eu-west-2", "eu-west-2"), Optional.empty()));
        assertThat(e).hasMessage("a CLOUDFRONT-scope web ACL must be in a us-east-1 stack (a CLOUDFRONT-scope web ACL is"
                + " managed only from us-east-1); this stack is in eu-west-2");
    }
}
