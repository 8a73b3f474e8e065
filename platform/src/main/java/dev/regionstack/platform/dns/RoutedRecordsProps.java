package dev.regionstack.platform.dns;

import java.util.List;
import java.util.Objects;

/**
 * @param zoneName        the existing public hosted zone's name, e.g. {@code example.com}
 * @param zoneId          its id (no lookup)
 * @param recordName      the shared name, inside the zone, e.g. {@code prod.example.com}; each region also gets
 *                        {@code <region>.<recordName>}
 * @param routing         how the shared name spreads over the regions. Default: FAILOVER.
 * @param albs            one per region, in file order
 * @param primaryRegion   the region that is PRIMARY under failover and the default under geolocation
 * @param healthCheckPath the path the Route53 health checks request over HTTPS. Default: {@code /}
 * @param targets         what the albs are. Default: LOAD_BALANCER.
 */
public record RoutedRecordsProps(
        String zoneName,
        String zoneId,
        String recordName,
        RoutingPolicy routing,
        List<RegionalAlb> albs,
        String primaryRegion,
        String healthCheckPath,
        Targets targets) {

    /** What the records alias to. */
    public enum Targets {
        /** Application Load Balancers: dualstack names, target health evaluated. */
        LOAD_BALANCER,
        /** API Gateway regional custom domains: their names as they are; the health checks say whether a region serves. */
        API_GATEWAY
    }

    public RoutedRecordsProps {
        targets = targets == null ? Targets.LOAD_BALANCER : targets;
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(recordName, "recordName");
        Objects.requireNonNull(primaryRegion, "primaryRegion");
        routing = routing == null ? RoutingPolicy.FAILOVER : routing;
        albs = List.copyOf(Objects.requireNonNull(albs, "albs"));
        healthCheckPath = healthCheckPath == null ? "/" : healthCheckPath;
        if (!recordName.equals(zoneName) && !recordName.endsWith("." + zoneName)) {
            throw new IllegalArgumentException("recordName " + recordName + " is not in the zone " + zoneName);
        }
        List<String> regions = albs.stream().map(RegionalAlb::region).toList();
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("albs must hold at least one region");
        }
        if (regions.stream().distinct().count() != regions.size()) {
            throw new IllegalArgumentException("albs must hold one entry per region, got " + regions);
        }
        if (!regions.contains(primaryRegion)) {
            throw new IllegalArgumentException("primaryRegion " + primaryRegion + " is not one of the albs' regions " + regions);
        }
        if (routing == RoutingPolicy.GEOLOCATION) {
            List<String> missing = albs.stream().filter(a -> a.continent() == null).map(RegionalAlb::region).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("geolocation routing needs a continent for every region; missing: " + missing);
            }
        }
    }

    /** Records to load balancers. */
    public RoutedRecordsProps(String zoneName, String zoneId, String recordName, RoutingPolicy routing, List<RegionalAlb> albs,
                              String primaryRegion, String healthCheckPath) {
        this(zoneName, zoneId, recordName, routing, albs, primaryRegion, healthCheckPath, Targets.LOAD_BALANCER);
    }

    public static Builder builder() { return new Builder(); }

    /** Builds the props by name; unset fields take the defaults above. */
    public static final class Builder {
        private String zoneName;
        private String zoneId;
        private String recordName;
        private RoutingPolicy routing;
        private List<RegionalAlb> albs;
        private String primaryRegion;
        private String healthCheckPath;
        private Targets targets;

        private Builder() {}

        public Builder zoneName(String value) { zoneName = value; return this; }
        public Builder zoneId(String value) { zoneId = value; return this; }
        public Builder recordName(String value) { recordName = value; return this; }
        public Builder routing(RoutingPolicy value) { routing = value; return this; }
        public Builder albs(List<RegionalAlb> value) { albs = value; return this; }
        public Builder primaryRegion(String value) { primaryRegion = value; return this; }
        public Builder healthCheckPath(String value) { healthCheckPath = value; return this; }
        public Builder targets(Targets value) { targets = value; return this; }

        public RoutedRecordsProps build() {
            return new RoutedRecordsProps(zoneName, zoneId, recordName, routing, albs, primaryRegion, healthCheckPath, targets);
        }
    }
}
