package dev.regionstack.platform.dns;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.route53.Continent;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoutedRecordsTest {
    private static final String ZONE_ID = "Z0123456789ABCDEFGHIJ";
    private static final RegionalAlb EU = new RegionalAlb("eu-west-2", "alb-eu.eu-west-2.elb.amazonaws.com", "ZHURV8PSTC4K8", Continent.EUROPE);
    private static final RegionalAlb US = new RegionalAlb("us-east-1", "alb-us.us-east-1.elb.amazonaws.com", "Z35SXDOTRQ7X7K", Continent.NORTH_AMERICA);
    private static final RegionalAlb DE = new RegionalAlb("eu-central-1", "alb-de.eu-central-1.elb.amazonaws.com", "Z215JYRZR1TBD5", Continent.EUROPE);
    private static final RegionalAlb AU = new RegionalAlb("ap-southeast-2", "alb-au.ap-southeast-2.elb.amazonaws.com", "Z1GM3OXH4ZPM65", Continent.OCEANIA);

    private static Template template(RoutingPolicy routing, List<RegionalAlb> albs) {
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("us-east-1").build()).build());
        new RoutedRecords(stack, "Records", new RoutedRecordsProps("example.com", ZONE_ID, "prod.example.com", routing, albs,
                albs.get(0).region(), "/healthz"));
        return Template.fromStack(stack);
    }

    private static Map<String, Object> aliasTo(RegionalAlb alb) {
        return Map.of("DNSName", "dualstack." + alb.dnsName(), "HostedZoneId", alb.canonicalHostedZoneId(), "EvaluateTargetHealth", true);
    }

    /** API Gateway regional domains: a routed and a regional domain per region, names as they are, health by the checks. */
    @Test
    void apiGatewayTargetsAliasEachNameToItsOwnDomainWithoutDualstack() {
        RegionalAlb api = new RegionalAlb("eu-west-2", "d-routed.execute-api.eu-west-2.amazonaws.com", "ZJ5UAJN8Y3Z2Q",
                Continent.EUROPE, "d-regional.execute-api.eu-west-2.amazonaws.com", "ZJ5UAJN8Y3Z2Q");
        RegionalAlb us = new RegionalAlb("us-east-1", "d-routed.execute-api.us-east-1.amazonaws.com", "Z1UJRXOUMOOFQ8",
                Continent.NORTH_AMERICA, "d-regional.execute-api.us-east-1.amazonaws.com", "Z1UJRXOUMOOFQ8");
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("us-east-1").build()).build());
        new RoutedRecords(stack, "Records", RoutedRecordsProps.builder().zoneName("example.com").zoneId(ZONE_ID)
                .recordName("api.example.com").routing(RoutingPolicy.LATENCY).albs(List.of(api, us)).primaryRegion("eu-west-2")
                .healthCheckPath("/health").targets(RoutedRecordsProps.Targets.API_GATEWAY).build());
        Template template = Template.fromStack(stack);
        for (RegionalAlb a : List.of(api, us)) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", a.region() + ".api.example.com.", "Type", "A",
                    "HostedZoneId", ZONE_ID, "AliasTarget", Map.of("DNSName", a.regionalDnsName(), "HostedZoneId", a.regionalHostedZoneId(),
                            "EvaluateTargetHealth", false)));
            template.hasResourceProperties("AWS::Route53::RecordSet", Match.objectLike(Map.of("Name", "api.example.com.",
                    "Region", a.region(), "AliasTarget", Map.of("DNSName", a.dnsName(), "HostedZoneId", a.canonicalHostedZoneId(),
                            "EvaluateTargetHealth", false))));
            template.hasResourceProperties("AWS::Route53::HealthCheck", Map.of("HealthCheckConfig", Match.objectLike(Map.of(
                    "FullyQualifiedDomainName", a.region() + ".api.example.com", "ResourcePath", "/health"))));
        }
    }

    @Test
    void healthCheckPerRegionOverHttpsOnTheRegionalName() {
        Template template = template(RoutingPolicy.LATENCY, List.of(EU, US));
        template.resourceCountIs("AWS::Route53::HealthCheck", 2);
        for (RegionalAlb alb : List.of(EU, US)) {
            template.hasResourceProperties("AWS::Route53::HealthCheck", Map.of("HealthCheckConfig", Match.objectLike(Map.of(
                    "Type", "HTTPS",
                    "FullyQualifiedDomainName", alb.region() + ".prod.example.com",
                    "Port", 443,
                    "ResourcePath", "/healthz",
                    "EnableSNI", true))));
        }
    }

    @Test
    void regionalNamesArePlainAliasesToEachAlb() {
        Template template = template(RoutingPolicy.FAILOVER, List.of(EU, US));
        for (RegionalAlb alb : List.of(EU, US)) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", alb.region() + ".prod.example.com.",
                    "Type", "A",
                    "HostedZoneId", ZONE_ID,
                    "AliasTarget", Map.of("DNSName", "dualstack." + alb.dnsName(), "HostedZoneId", alb.canonicalHostedZoneId(),
                            "EvaluateTargetHealth", false)));
        }
    }

    @Test
    void failoverPrimaryIsThePrimaryRegionWithItsHealthCheck() {
        template(RoutingPolicy.FAILOVER, List.of(EU, US)).hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.",
                "Failover", "PRIMARY",
                "SetIdentifier", "primary",
                "AliasTarget", aliasTo(EU),
                "HealthCheckId", Map.of("Ref", Match.stringLikeRegexp("^RecordsHealtheuwest2"))));
    }

    @Test
    void failoverSecondaryIsTheOtherRegionWhenThereAreTwo() {
        template(RoutingPolicy.FAILOVER, List.of(EU, US)).hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.",
                "Failover", "SECONDARY",
                "SetIdentifier", "secondary",
                "AliasTarget", aliasTo(US),
                "HealthCheckId", Map.of("Ref", Match.stringLikeRegexp("^RecordsHealthuseast1"))));
    }

    @Test
    void failoverWithThreeRegionsSendsTheSecondaryToALatencySetOfTheOthers() {
        Template template = template(RoutingPolicy.FAILOVER, List.of(EU, US, AU));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.",
                "Failover", "SECONDARY",
                "AliasTarget", Map.of("DNSName", "standby.prod.example.com.", "HostedZoneId", ZONE_ID, "EvaluateTargetHealth", true)));
        for (RegionalAlb alb : List.of(US, AU)) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", "standby.prod.example.com.",
                    "Region", alb.region(),
                    "SetIdentifier", alb.region(),
                    "AliasTarget", aliasTo(alb)));
        }
        assertThat(template.findResources("AWS::Route53::RecordSet", Map.of("Properties", Map.of("Name", "standby.prod.example.com."))))
                .hasSize(2);
    }

    @Test
    void failoverSecondaryWaitsForTheStandbyRecords() {
        template(RoutingPolicy.FAILOVER, List.of(EU, US, AU)).hasResource("AWS::Route53::RecordSet", Map.of(
                "Properties", Match.objectLike(Map.of("Failover", "SECONDARY")),
                "DependsOn", List.of(Match.stringLikeRegexp("^RecordsStandbyapsoutheast2"), Match.stringLikeRegexp("^RecordsStandbyuseast1"))));
    }

    @Test
    void latencyHasOneRecordPerRegionWithTheRegionSet() {
        Template template = template(RoutingPolicy.LATENCY, List.of(EU, US, AU));
        for (RegionalAlb alb : List.of(EU, US, AU)) {
            template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                    "Name", "prod.example.com.",
                    "Region", alb.region(),
                    "SetIdentifier", alb.region(),
                    "AliasTarget", aliasTo(alb)));
        }
        assertThat(template.findResources("AWS::Route53::RecordSet", Map.of("Properties", Map.of("Name", "prod.example.com."))))
                .hasSize(3);
    }

    @Test
    void geolocationGivesEachRegionItsContinent() {
        Template template = template(RoutingPolicy.GEOLOCATION, List.of(EU, US, AU));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "EU"), "AliasTarget", aliasTo(EU)));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "NA"), "AliasTarget", aliasTo(US)));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "OC"), "AliasTarget", aliasTo(AU)));
    }

    @Test
    void geolocationDefaultGoesToThePrimary() {
        template(RoutingPolicy.GEOLOCATION, List.of(EU, US)).hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.",
                "GeoLocation", Map.of("CountryCode", "*"),
                "SetIdentifier", "default",
                "AliasTarget", aliasTo(EU)));
    }

    @Test
    void geolocationSharedContinentGoesToTheFirstRegion() {
        Template template = template(RoutingPolicy.GEOLOCATION, List.of(EU, DE, US));
        assertThat(template.findResources("AWS::Route53::RecordSet", Map.of("Properties", Map.of(
                "Name", "prod.example.com.", "GeoLocation", Map.of("ContinentCode", "EU"))))).hasSize(1);
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "GeoLocation", Map.of("ContinentCode", "EU"), "AliasTarget", aliasTo(EU)));
    }

    @Test
    void singleRegionIsAPlainAliasWhateverThePolicy() {
        Template template = template(RoutingPolicy.LATENCY, List.of(EU));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "prod.example.com.", "Type", "A", "HostedZoneId", ZONE_ID, "AliasTarget", aliasTo(EU)));
        template.resourceCountIs("AWS::Route53::RecordSet", 2);
    }

    @Test
    void refusesGeolocationWithoutAContinent() {
        RegionalAlb unknown = new RegionalAlb("xx-test-1", "alb", "Z1", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RoutedRecordsProps("example.com",
                ZONE_ID, "prod.example.com", RoutingPolicy.GEOLOCATION, List.of(EU, unknown), "eu-west-2", null));
        assertThat(e).hasMessage("geolocation routing needs a continent for every region; missing: [xx-test-1]");
    }

    @Test
    void refusesAPrimaryThatIsNotOneOfTheRegions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RoutedRecordsProps("example.com",
                ZONE_ID, "prod.example.com", RoutingPolicy.FAILOVER, List.of(EU, US), "ap-southeast-2", null));
        assertThat(e).hasMessage("primaryRegion ap-southeast-2 is not one of the albs' regions [eu-west-2, us-east-1]");
    }

    @Test
    void refusesARecordOutsideTheZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RoutedRecordsProps("example.com",
                ZONE_ID, "prod.example.org", RoutingPolicy.FAILOVER, List.of(EU), "eu-west-2", null));
        assertThat(e).hasMessage("recordName prod.example.org is not in the zone example.com");
    }
}
