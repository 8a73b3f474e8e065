package dev.regionstack.platform.dns;

import software.amazon.awscdk.services.route53.Continent;

import java.util.Objects;

/**
 * One region's Application Load Balancer as an alias target.
 *
 * @param region                 the AWS region code
 * @param dnsName                the load balancer's DNS name (may be a deploy-time token)
 * @param canonicalHostedZoneId  the load balancer's canonical hosted zone id (may be a deploy-time token)
 * @param continent              the continent this region serves under geolocation routing. Default: none
 *                               (required only for {@link RoutingPolicy#GEOLOCATION}).
 */
public record RegionalAlb(String region, String dnsName, String canonicalHostedZoneId, Continent continent) {
    public RegionalAlb {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dnsName, "dnsName");
        Objects.requireNonNull(canonicalHostedZoneId, "canonicalHostedZoneId");
    }
}
