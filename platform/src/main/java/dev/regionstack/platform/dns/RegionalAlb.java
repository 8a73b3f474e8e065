package dev.regionstack.platform.dns;

import software.amazon.awscdk.services.route53.Continent;

import java.util.Objects;

/**
 * One region's alias target: its Application Load Balancer, or (with {@link RoutedRecordsProps.Targets#API_GATEWAY})
 * its API's regional custom domains.
 *
 * @param region                 the AWS region code
 * @param dnsName                the load balancer's DNS name, or the routed name's API Gateway regional domain name
 *                               (may be a deploy-time token)
 * @param canonicalHostedZoneId  its canonical hosted zone id (may be a deploy-time token)
 * @param continent              the continent this region serves under geolocation routing. Default: none
 *                               (required only for {@link RoutingPolicy#GEOLOCATION}).
 * @param regionalDnsName        the target of the region's own name {@code <region>.<recordName>}. Default: dnsName
 *                               (a load balancer answers for both names; API Gateway needs a custom domain per name).
 * @param regionalHostedZoneId   its hosted zone id. Default: canonicalHostedZoneId.
 */
public record RegionalAlb(String region, String dnsName, String canonicalHostedZoneId, Continent continent,
                          String regionalDnsName, String regionalHostedZoneId) {
    public RegionalAlb {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dnsName, "dnsName");
        Objects.requireNonNull(canonicalHostedZoneId, "canonicalHostedZoneId");
        regionalDnsName = regionalDnsName == null ? dnsName : regionalDnsName;
        regionalHostedZoneId = regionalHostedZoneId == null ? canonicalHostedZoneId : regionalHostedZoneId;
    }

    /** A load balancer, which answers for the routed and the regional name alike. */
    public RegionalAlb(String region, String dnsName, String canonicalHostedZoneId, Continent continent) {
        this(region, dnsName, canonicalHostedZoneId, continent, null, null);
    }
}
