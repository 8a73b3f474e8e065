package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Routing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.route53.Continent;

import java.util.List;
import java.util.Map;

import static dev.regionstack.app.stacks.GlobalFixtures.app;
import static dev.regionstack.app.stacks.GlobalFixtures.crossRegionReads;
import static dev.regionstack.app.stacks.GlobalFixtures.environment;
import static dev.regionstack.app.stacks.GlobalFixtures.propsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GlobalDnsStackTest {
    private static final String ZONE_ID = "Z0123456789ABCDEFGHIJ";

    private static Template template(Routing routing, Environment environment) {
        return Template.fromStack(new GlobalDnsStack(app(), "Dns", propsIn("us-east-1", "acme-prod-global-dns"),
                "acme", environment, new Dns("example.com", ZONE_ID, routing, "prod")));
    }

    /** The alias target of a record to the load balancer read from {@code region}. */
    private static Map<String, Object> aliasToAlbIn(String region) {
        String compact = region.replace("-", "");
        return Map.of(
                "DNSName", Map.of("Fn::Join", List.of("", List.of("dualstack.",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^AlbDnsName" + compact), "Parameter.Value"))))),
                "HostedZoneId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^AlbZoneId" + compact), "Parameter.Value")),
                "EvaluateTargetHealth", true);
    }

    private static List<Map<String, Object>> recordsNamed(Template template, String name) {
        return template.findResources("AWS::Route53::RecordSet", Map.of("Properties", Map.of("Name", name)))
                .values().stream().toList();
    }

    @Test
    void readsTheAlbNameAndZoneIdInEachRegion() {
        assertThat(crossRegionReads(template(Routing.FAILOVER, environment("eu-west-2", "eu-west-2", "us-east-1"))))
                .isEqualTo(Map.of(
                        "eu-west-2", "/acme/prod/eu-west-2/app/alb-dns-name,/acme/prod/eu-west-2/app/alb-zone-id",
                        "us-east-1", "/acme/prod/us-east-1/app/alb-dns-name,/acme/prod/us-east-1/app/alb-zone-id"));
    }

    @Test
    void healthCheckPerRegionOnItsOwnNameAndTheHealthPath() {
        Template template = template(Routing.FAILOVER, environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"));
        template.resourceCountIs("AWS::Route53::HealthCheck", 3);
        for (String region : List.of("eu-west-2", "us-east-1", "ap-southeast-2")) {
            template.hasResourceProperties("AWS::Route53::HealthCheck", Map.of("HealthCheckConfig", Match.objectLike(Map.of(
                    "Type", "HTTPS", "FullyQualifiedDomainName", region + ".prod.example.com", "ResourcePath", "/healthz"))));
        }
    }

    @Test
    void regionalNamePerRegion() {
        Template template = template(Routing.LATENCY, environment("eu-west-2", "eu-west-2", "us-east-1"));
        for (String region : List.of("eu-west-2", "us-east-1")) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", region + ".prod.example.com.", "Type", "A", "HostedZoneId", ZONE_ID));
        }
    }

    @Test
    void failoverPrimaryIsThePrimaryRegionAndSecondaryTheOther() {
        Template template = template(Routing.FAILOVER, environment("us-east-1", "eu-west-2", "us-east-1"));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "Failover", "PRIMARY", "HostedZoneId", ZONE_ID, "AliasTarget", aliasToAlbIn("us-east-1")));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "Failover", "SECONDARY", "HostedZoneId", ZONE_ID, "AliasTarget", aliasToAlbIn("eu-west-2")));
        assertThat(recordsNamed(template, "prod.example.com.")).hasSize(2);
    }

    @Test
    void failoverWithThreeRegionsHasOnePrimaryAndOneSecondary() {
        Template template = template(Routing.FAILOVER, environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"));
        List<Object> failovers = recordsNamed(template, "prod.example.com.").stream()
                .map(r -> ((Map<?, ?>) r.get("Properties")).get("Failover")).map(Object.class::cast).toList();
        assertThat(failovers).containsExactlyInAnyOrder("PRIMARY", "SECONDARY");
        assertThat(recordsNamed(template, "standby.prod.example.com.")).hasSize(2);
    }

    @Test
    void latencyHasOneRecordPerRegionWithTheRegionSet() {
        Template template = template(Routing.LATENCY, environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"));
        for (String region : List.of("eu-west-2", "us-east-1", "ap-southeast-2")) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", "prod.example.com.", "Region", region, "SetIdentifier", region, "AliasTarget", aliasToAlbIn(region)));
        }
        assertThat(recordsNamed(template, "prod.example.com.")).hasSize(3);
    }

    @Test
    void geolocationServesEachRegionsContinentAndDefaultsToThePrimary() {
        Template template = template(Routing.GEOLOCATION, environment("us-east-1", "eu-west-2", "us-east-1", "ap-southeast-2"));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "EU"), "AliasTarget", aliasToAlbIn("eu-west-2")));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "NA"), "AliasTarget", aliasToAlbIn("us-east-1")));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "OC"), "AliasTarget", aliasToAlbIn("ap-southeast-2")));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("CountryCode", "*"), "AliasTarget", aliasToAlbIn("us-east-1")));
        assertThat(recordsNamed(template, "prod.example.com.")).hasSize(4);
    }

    @Test
    void geolocationContinentSharedByTwoRegionsGoesToTheFirst() {
        Template template = template(Routing.GEOLOCATION, environment("eu-west-2", "eu-west-2", "eu-central-1"));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "EU"), "AliasTarget", aliasToAlbIn("eu-west-2")));
        assertThat(recordsNamed(template, "prod.example.com.")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
            "us-east-1, NORTH_AMERICA", "ca-central-1, NORTH_AMERICA", "mx-central-1, NORTH_AMERICA",
            "sa-east-1, SOUTH_AMERICA", "eu-west-2, EUROPE", "af-south-1, AFRICA", "me-central-1, ASIA",
            "il-central-1, ASIA", "ap-northeast-1, ASIA", "ap-southeast-2, OCEANIA", "ap-southeast-4, OCEANIA"})
    void continentOfRegion(String region, Continent continent) {
        assertThat(GlobalDnsStack.continentOf(region)).isEqualTo(continent);
    }

    @Test
    void geolocationRefusesARegionOfUnknownContinent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GlobalDnsStack.continentOf("xx-east-1"));
        assertThat(e).hasMessage("no geolocation continent is known for region xx-east-1;"
                + " use failover or latency routing, or add the region to the fleet's region table (Regions)");
    }

    @Test
    void regionsWithoutTheAppComponentGetNoRecords() {
        Template template = template(Routing.LATENCY, environment("eu-west-2", List.of("us-east-1"), "eu-west-2", "us-east-1"));
        assertThat(recordsNamed(template, "us-east-1.prod.example.com.")).isEmpty();
        assertThat(crossRegionReads(template)).containsOnlyKeys("eu-west-2");
    }

    @Test
    void outputsTheRecordNamesWithoutExports() {
        Template template = template(Routing.LATENCY, environment("eu-west-2", "eu-west-2", "us-east-1"));
        template.hasOutput("RecordName", Match.objectLike(Map.of("Value", "prod.example.com")));
        template.hasOutput("RegionalRecordNames", Match.objectLike(Map.of(
                "Value", "eu-west-2.prod.example.com,us-east-1.prod.example.com")));
        assertThat(template.findOutputs("*").values()).allSatisfy(output -> assertThat(output).doesNotContainKey("Export"));
    }

    @Test
    void importsNoExport() {
        assertThat(GlobalFixtures.text(template(Routing.FAILOVER, environment("eu-west-2", "eu-west-2", "us-east-1"))))
                .doesNotContain("Fn::ImportValue");
    }

    @Test
    void synthesizesWithoutErrorsOrWarnings() {
        software.amazon.awscdk.Stack stack = new GlobalDnsStack(app(), "Dns", propsIn("us-east-1", "acme-prod-global-dns"), "acme", environment("eu-west-2", "eu-west-2", "us-east-1", "ap-southeast-2"), new Dns("example.com", ZONE_ID, Routing.FAILOVER, "prod"));
        software.amazon.awscdk.assertions.Annotations annotations = software.amazon.awscdk.assertions.Annotations.fromStack(stack);
        annotations.hasNoError("*", Match.anyValue());
        annotations.hasNoWarning("*", Match.anyValue());
    }
}
