package dev.regionstack.platform.dns;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.Continent;
import software.amazon.awscdk.services.route53.Failover;
import software.amazon.awscdk.services.route53.GeoLocation;
import software.amazon.awscdk.services.route53.HealthCheck;
import software.amazon.awscdk.services.route53.HealthCheckType;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route53 records that spread one name over the regional load balancers (or the API's regional custom domains), in
 * an existing zone given by id.
 *
 * <p>Per region: {@code <region>.<recordName>}, a plain alias to that region's load balancer (the name its
 * certificate covers), and an HTTPS health check {@code Health-<region>} that requests the health path on that
 * name. The shared {@code <recordName>} then follows the routing policy, every routed record an alias that
 * evaluates the load balancer's target health and carries its region's health check:
 * <ul>
 *   <li>failover: {@code Primary} (PRIMARY) to the primary region, {@code Secondary} (SECONDARY) to the only other
 *       region; with three regions or more Route53 still allows one SECONDARY per name, so the SECONDARY is an alias
 *       to {@code standby.<recordName>}, a latency-routed set of the non-primary regions ({@code Standby-<region>}):
 *       when the primary fails, clients go to the closest healthy other region.</li>
 *   <li>latency: {@code Latency-<region>}, one per region, with the region set.</li>
 *   <li>geolocation: {@code Geo-<region>} for the continent of each region (the first region in order wins a
 *       continent that two share), and {@code GeoDefault} ({@code *}) to the primary region for everyone else.</li>
 * </ul>
 * With a single region the shared name is a plain alias ({@code Record}) whatever the policy.
 */
public final class RoutedRecords extends Construct {
    /** Route53 checks each region this often (a standard health check: 30 s; fast ones cost more)... */
    public static final int HEALTH_CHECK_INTERVAL_SECONDS = 30;
    /** ...and calls it unhealthy after this many failures in a row. */
    public static final int HEALTH_CHECK_FAILURE_THRESHOLD = 3;
    private final IHostedZone zone;
    private final String recordName;
    private final Map<String, String> regionalRecordNames = new LinkedHashMap<>();
    private final Map<String, HealthCheck> healthChecks = new LinkedHashMap<>();
    private final boolean loadBalancers;

    public RoutedRecords(Construct scope, String id, RoutedRecordsProps props) {
        super(scope, id);
        zone = HostedZone.fromHostedZoneAttributes(this, "Zone", HostedZoneAttributes.builder()
                .hostedZoneId(props.zoneId()).zoneName(props.zoneName()).build());
        recordName = props.recordName();
        loadBalancers = props.targets() == RoutedRecordsProps.Targets.LOAD_BALANCER;
        for (RegionalAlb alb : props.albs()) {
            String regional = alb.region() + "." + recordName;
            ARecord.Builder.create(this, "Regional-" + alb.region())
                    .zone(zone).recordName(regional + ".")
                    .target(RecordTarget.fromAlias(new AlbAliasTarget(alb.regionalDnsName(), alb.regionalHostedZoneId(), false, loadBalancers)))
                    .build();
            regionalRecordNames.put(alb.region(), regional);
            healthChecks.put(alb.region(), HealthCheck.Builder.create(this, "Health-" + alb.region())
                    .type(HealthCheckType.HTTPS)
                    .fqdn(regional)
                    .port(443)
                    .enableSni(true)
                    .resourcePath(props.healthCheckPath())
                    .requestInterval(Duration.seconds(HEALTH_CHECK_INTERVAL_SECONDS))
                    .failureThreshold(HEALTH_CHECK_FAILURE_THRESHOLD)
                    .build());
        }

        RegionalAlb primary = props.albs().stream().filter(a -> a.region().equals(props.primaryRegion())).findFirst().orElseThrow();
        List<RegionalAlb> others = props.albs().stream().filter(a -> a != primary).toList();
        if (others.isEmpty()) {
            ARecord.Builder.create(this, "Record").zone(zone).recordName(recordName + ".")
                    .target(RecordTarget.fromAlias(target(primary))).build();
            return;
        }
        switch (props.routing()) {
            case FAILOVER -> failover(primary, others);
            case LATENCY -> props.albs().forEach(alb -> latency("Latency-" + alb.region(), recordName, alb));
            case GEOLOCATION -> geolocation(primary, props.albs());
        }
    }

    private void failover(RegionalAlb primary, List<RegionalAlb> others) {
        routed("Primary", recordName, primary).failover(Failover.PRIMARY).setIdentifier("primary").build();
        if (others.size() == 1) {
            routed("Secondary", recordName, others.get(0)).failover(Failover.SECONDARY).setIdentifier("secondary").build();
            return;
        }
        String standby = "standby." + recordName;
        List<ARecord> standbys = new ArrayList<>();
        for (RegionalAlb alb : others) {
            standbys.add(latency("Standby-" + alb.region(), standby, alb));
        }
        ARecord secondary = ARecord.Builder.create(this, "Secondary")
                .zone(zone).recordName(recordName + ".")
                .target(RecordTarget.fromAlias(new RecordAliasTarget(standby + ".", zone.getHostedZoneId())))
                .failover(Failover.SECONDARY).setIdentifier("secondary")
                .build();
        // Route53 refuses an alias to a name of the zone that does not exist yet.
        standbys.forEach(record -> secondary.getNode().addDependency(record));
    }

    private ARecord latency(String id, String name, RegionalAlb alb) {
        return routed(id, name, alb).region(alb.region()).setIdentifier(alb.region()).build();
    }

    private void geolocation(RegionalAlb primary, List<RegionalAlb> albs) {
        Set<Continent> served = new HashSet<>();
        for (RegionalAlb alb : albs) {
            if (served.add(alb.continent())) {
                routed("Geo-" + alb.region(), recordName, alb)
                        .geoLocation(GeoLocation.continent(alb.continent())).setIdentifier(alb.region()).build();
            }
        }
        routed("GeoDefault", recordName, primary).geoLocation(GeoLocation.doDefault()).setIdentifier("default").build();
    }

    private ARecord.Builder routed(String id, String name, RegionalAlb alb) {
        return ARecord.Builder.create(this, id)
                .zone(zone).recordName(name + ".")
                .target(RecordTarget.fromAlias(target(alb)))
                .healthCheck(healthChecks.get(alb.region()));
    }

    /** The routed name's alias: a load balancer's target health counts; an API domain's health is its health check. */
    private AlbAliasTarget target(RegionalAlb alb) {
        return new AlbAliasTarget(alb.dnsName(), alb.canonicalHostedZoneId(), loadBalancers, loadBalancers);
    }

    /** The shared name, e.g. {@code prod.example.com}. */
    public String recordName() { return recordName; }

    /** Region to its own name, e.g. {@code eu-west-2.prod.example.com}, in the albs' order. */
    public Map<String, String> regionalRecordNames() { return java.util.Collections.unmodifiableMap(regionalRecordNames); }
}
