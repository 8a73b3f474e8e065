package dev.regionstack.app.stacks;

import dev.regionstack.fleet.Regions;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.platform.api.ApiCustomDomain;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.dns.RegionalAlb;
import dev.regionstack.platform.dns.RoutedRecords;
import dev.regionstack.platform.dns.RoutedRecordsProps;
import dev.regionstack.platform.dns.RoutingPolicy;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.route53.Continent;
import software.constructs.Construct;

import java.util.List;

/**
 * {@code <project>-<env>-global-dns}, in us-east-1 (Route53 is global; its control plane is in us-east-1): health
 * checks and records in the environment's own zone (hosted in its account) for {@code <recordName>.<zoneName>} with
 * the environment's routing, plus {@code <region>.<recordName>.<zoneName>} per region, for every region with the app
 * component. Each region's load balancer DNS name and canonical hosted zone id are read at deploy time from that
 * region's {@code /<project>/<env>/<region>/app/alb-dns-name} and {@code alb-zone-id}: the regional app stacks must be
 * deployed first. Without the app (an environment with {@code api}), the records route to each region's API custom
 * domains instead, read from its api stack's parameters, and the health checks request the API's {@code /health}.
 */
public final class GlobalDnsStack extends Stack {
    private final RoutedRecords records;

    /** @param dns the environment's DNS: its zone (in the environment's account), routing and record name */
    public GlobalDnsStack(Construct scope, String id, StackProps props, String project, Environment environment, Dns dns) {
        super(scope, id, props);
        String env = environment.name();
        // with the app the records route to the load balancers; with only the api, to its regional custom domains
        boolean toApi = !environment.settings().has(Component.APP) && environment.settings().has(Component.API);
        Component served = toApi ? Component.API : Component.APP;
        List<RegionalAlb> targets = environment.deployments().stream()
                .filter(d -> d.settings().has(served))
                .map(Deployment::region)
                .map(region -> toApi ? apiTarget(project, env, region, dns) : new RegionalAlb(region,
                        read(project, env, region, "app", "alb-dns-name", "AlbDnsName-"),
                        read(project, env, region, "app", "alb-zone-id", "AlbZoneId-"),
                        continent(dns, region)))
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("environment " + env
                    + " has no region with the app or api component; DNS records need a load balancer or an API to route to");
        }
        String primary = environment.primary().settings().has(served)
                ? environment.primary().region() : targets.get(0).region();
        records = new RoutedRecords(this, "Records", RoutedRecordsProps.builder()
                .zoneName(dns.zoneName())
                .zoneId(dns.zoneId())
                .recordName(DnsNames.domain(dns).routed())
                .routing(policy(dns.routing()))
                .albs(targets)
                .primaryRegion(primary)
                .healthCheckPath(toApi ? ApiCustomDomain.HEALTH_PATH : environment.settings().app().healthPath())
                .targets(toApi ? RoutedRecordsProps.Targets.API_GATEWAY : RoutedRecordsProps.Targets.LOAD_BALANCER)
                .build());

        CfnOutput.Builder.create(this, "RecordName").value(records.recordName())
                .description(dns.routing().name().toLowerCase(java.util.Locale.ROOT) + "-routed name of the environment").build();
        CfnOutput.Builder.create(this, "RegionalRecordNames")
                .value(String.join(",", targets.stream().map(a -> records.regionalRecordNames().get(a.region())).toList()))
                .description("one name per region, each to that region's " + (toApi ? "API" : "load balancer")).build();
    }

    /** A region's API custom domains, as published by its api stack. */
    private RegionalAlb apiTarget(String project, String env, String region, Dns dns) {
        return new RegionalAlb(region,
                read(project, env, region, ApiStack.LAYER, ApiStack.DOMAIN_NAME, "ApiDomainName-"),
                read(project, env, region, ApiStack.LAYER, ApiStack.DOMAIN_ZONE_ID, "ApiDomainZoneId-"),
                continent(dns, region),
                read(project, env, region, ApiStack.LAYER, ApiStack.REGIONAL_DOMAIN_NAME, "ApiRegionalDomainName-"),
                read(project, env, region, ApiStack.LAYER, ApiStack.REGIONAL_DOMAIN_ZONE_ID, "ApiRegionalDomainZoneId-"));
    }

    private static Continent continent(Dns dns, String region) {
        return dns.routing() == Routing.GEOLOCATION ? continentOf(region) : null;
    }

    /** The Route53 continent of a region, from the fleet's region table (the one place that knows it). */
    static Continent continentOf(String region) {
        if (!Regions.isCommercial(region)) {
            throw new IllegalArgumentException("no geolocation continent is known for region " + region
                    + "; use failover or latency routing, or add the region to the fleet's region table (Regions)");
        }
        return switch (Regions.continent(region)) {
            case "NA" -> Continent.NORTH_AMERICA;
            case "SA" -> Continent.SOUTH_AMERICA;
            case "EU" -> Continent.EUROPE;
            case "AF" -> Continent.AFRICA;
            case "AS" -> Continent.ASIA;
            case "OC" -> Continent.OCEANIA;
            default -> throw new IllegalStateException("unknown continent code for " + region);
        };
    }

    private static RoutingPolicy policy(Routing routing) {
        return switch (routing) {
            case FAILOVER -> RoutingPolicy.FAILOVER;
            case LATENCY -> RoutingPolicy.LATENCY;
            case GEOLOCATION -> RoutingPolicy.GEOLOCATION;
        };
    }

    private String read(String project, String env, String region, String layer, String key, String idPrefix) {
        return new CrossRegionParameter(this, idPrefix + region, new CrossRegionParameterProps(
                ParameterNames.of(project, env, region, layer, key), region)).value();
    }

    public RoutedRecords records() { return records; }
}
