package dev.regionstack.platform.edge;

import java.util.List;
import java.util.Objects;

/**
 * @param name             physical name of the web ACL and prefix of its metric names, e.g. {@code acme-prod-edge}
 * @param blockedCountries ISO 3166-1 alpha-2 codes whose requests are blocked. Default: none (no geo rule).
 * @param rateLimitPer5Min requests one client IP may make in 5 minutes before it is blocked; 10 to 2,000,000,000.
 */
public record EdgeWebAclProps(String name, List<String> blockedCountries, int rateLimitPer5Min) {
    public EdgeWebAclProps {
        Objects.requireNonNull(name, "name");
        blockedCountries = blockedCountries == null ? List.of() : List.copyOf(blockedCountries);
        if (rateLimitPer5Min < 10 || rateLimitPer5Min > 2_000_000_000) {
            throw new IllegalArgumentException("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got "
                    + rateLimitPer5Min);
        }
    }
}
