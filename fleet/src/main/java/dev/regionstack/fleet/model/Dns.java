package dev.regionstack.fleet.model;

/**
 * An existing public hosted zone the fleet publishes records in (no lookups: both ids are given).
 *
 * @param zoneName e.g. {@code example.com}
 * @param zoneId   e.g. {@code Z0123456789ABCDEFGHIJ}
 * @param routing  how records spread traffic over regions. Default: FAILOVER.
 */
public record Dns(String zoneName, String zoneId, Routing routing) {
    public Dns {
        routing = routing == null ? Routing.FAILOVER : routing;
    }
}
