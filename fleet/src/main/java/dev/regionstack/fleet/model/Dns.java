package dev.regionstack.fleet.model;

import java.util.Objects;

/**
 * An environment's DNS: an existing public hosted zone in the environment's own account (no lookups: both ids are
 * given), the routing policy, and the label of the routed record.
 *
 * @param zoneName   e.g. {@code example.com}
 * @param zoneId     e.g. {@code Z0123456789ABCDEFGHIJ}
 * @param routing    how records spread traffic over regions. Default: FAILOVER.
 * @param recordName the routed record's label: the record is {@code <recordName>.<zoneName>}. Required (the file's
 *                   default, the environment name, is applied when the fleet is resolved).
 */
public record Dns(String zoneName, String zoneId, Routing routing, String recordName) {
    public Dns {
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(recordName, "recordName");
        routing = routing == null ? Routing.FAILOVER : routing;
    }

    /** {@code <recordName>.<zoneName>}: the name the routing policy answers for, e.g. {@code prod.example.com}. */
    public String routedName() { return recordName + "." + zoneName; }
}
