package dev.regionstack.platform.dns;

/** How {@link RoutedRecords} spreads the shared name over the regions. */
public enum RoutingPolicy {
    /** The primary region answers while healthy; the others take over. */
    FAILOVER,
    /** Each client gets the region with the lowest latency among the healthy ones. */
    LATENCY,
    /** Each client gets the region that serves its continent; the primary serves everyone else. */
    GEOLOCATION
}
