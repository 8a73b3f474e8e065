package dev.regionstack.app.stacks;

import dev.regionstack.fleet.Regions;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Routing;
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
 * checks and records in the fleet's zone for {@code <env>.<zoneName>} with the file's routing, plus
 * {@code <region>.<env>.<zoneName>} per region, for every region with the app component. Each region's load
 * balancer DNS name and canonical hosted zone id are read at deploy time from that region's
 * {@code /<project>/<env>/<region>/app/alb-dns-name} and {@code alb-zone-id}: the regional app stacks must be
 * deployed first.
 */
public final class GlobalDnsStack extends Stack {
    private final RoutedRecords records;

    public GlobalDnsStack(Construct scope, String id, StackProps props, String project, Environment environment, Dns dns) {
        super(scope, id, props);
        String env = environment.name();
        List<RegionalAlb> albs = environment.deployments().stream()
                .filter(d -> d.settings().has(Component.APP))
                .map(Deployment::region)
                .map(region -> new RegionalAlb(region,
                        read(project, env, region, "alb-dns-name", "AlbDnsName-"),
                        read(project, env, region, "alb-zone-id", "AlbZoneId-"),
                        dns.routing() == Routing.GEOLOCATION ? continentOf(region) : null))
                .toList();
        if (albs.isEmpty()) {
            throw new IllegalArgumentException("environment " + env
                    + " has no region with the app component; DNS records need at least one load balancer");
        }
        String primary = environment.primary().settings().has(Component.APP)
                ? environment.primary().region() : albs.get(0).region();
        records = new RoutedRecords(this, "Records", RoutedRecordsProps.builder()
                .zoneName(dns.zoneName())
                .zoneId(dns.zoneId())
                .recordName(env + "." + dns.zoneName())
                .routing(policy(dns.routing()))
                .albs(albs)
                .primaryRegion(primary)
                .healthCheckPath(environment.settings().app().healthPath())
                .build());

        CfnOutput.Builder.create(this, "RecordName").value(records.recordName())
                .description(dns.routing().name().toLowerCase(java.util.Locale.ROOT) + "-routed name of the environment").build();
        CfnOutput.Builder.create(this, "RegionalRecordNames")
                .value(String.join(",", albs.stream().map(a -> records.regionalRecordNames().get(a.region())).toList()))
                .description("one name per region, each to that region's load balancer").build();
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

    private String read(String project, String env, String region, String key, String idPrefix) {
        return new CrossRegionParameter(this, idPrefix + region, new CrossRegionParameterProps(
                ParameterNames.of(project, env, region, "app", key), region)).value();
    }

    public RoutedRecords records() { return records; }
}
