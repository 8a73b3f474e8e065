package dev.regionstack.fleet.model;

import java.util.List;
import java.util.Map;

/**
 * One environment in one region, fully resolved: the slice of the fleet that a region's stacks receive.
 *
 * @param project            the fleet's project name (prefix of every physical name)
 * @param environment        environment name, e.g. {@code prod}
 * @param account            12-digit AWS account id
 * @param region             AWS region code
 * @param primary            whether this is the environment's primary region
 * @param primaryRegion      the environment's primary region
 * @param environmentRegions every region of the environment, in file order (this one included)
 * @param cidr               the VPC CIDR
 * @param zones              availability zones, 2 or 3
 * @param peerCidrs          region to CIDR for the environment's other regions, in file order
 * @param settings           resolved settings with this region's overrides
 * @param tags               the file's tags for this environment: the top-level {@code tags}, then the environment's own
 *                           (key by key); they win over regionstack's own Project/Environment/Region/ManagedBy, which
 *                           the app adds
 * @param ownsAccountRegionSingletons this deployment creates the account × region singletons (GuardDuty, Security Hub, Config)
 * @param ownsAccountTrail   this deployment creates the account's multi-region CloudTrail trail
 */
public record Deployment(
        String project,
        String environment,
        String account,
        String region,
        boolean primary,
        String primaryRegion,
        List<String> environmentRegions,
        String cidr,
        List<String> zones,
        Map<String, String> peerCidrs,
        Settings settings,
        Map<String, String> tags,
        boolean ownsAccountRegionSingletons,
        boolean ownsAccountTrail) {

    public Deployment {
        environmentRegions = List.copyOf(environmentRegions);
        zones = List.copyOf(zones);
        peerCidrs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(peerCidrs));
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** {@code <environment>/<region>}, the form used by {@code --only}. */
    public String key() { return environment + "/" + region; }

    /** Regions of the environment other than this one, in file order. */
    public List<String> otherRegions() { return environmentRegions.stream().filter(r -> !r.equals(region)).toList(); }
}
