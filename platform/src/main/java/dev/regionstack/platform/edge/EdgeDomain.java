package dev.regionstack.platform.edge;

import java.util.Objects;

/**
 * A custom domain for the distribution, in an existing public hosted zone (given by id: no lookup).
 *
 * @param domainName the viewer-facing name, e.g. {@code cdn.prod.example.com}
 * @param zoneName   the hosted zone's name, e.g. {@code example.com}
 * @param zoneId     the hosted zone's id
 */
public record EdgeDomain(String domainName, String zoneName, String zoneId) {
    public EdgeDomain {
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(zoneId, "zoneId");
        if (!domainName.equals(zoneName) && !domainName.endsWith("." + zoneName)) {
            throw new IllegalArgumentException("domainName " + domainName + " is not in the zone " + zoneName);
        }
    }
}
