package dev.regionstack.platform.edge;

import dev.regionstack.platform.waf.WafLimits;

import java.util.List;
import java.util.Objects;

/**
 * @param name             physical name of the web ACL and prefix of its metric names, e.g. {@code acme-prod-edge}
 * @param blockedCountries ISO 3166-1 alpha-2 codes, upper case, each at most once, whose viewers are blocked: every
 *                         country that any origin behind the distribution must not serve (the web ACL sees the
 *                         viewer's address; the origins see only CloudFront's). Default: none (no geo rule).
 * @param rateLimitPer5Min requests one client IP may make in 5 minutes before it is blocked; 10 to 2,000,000,000.
 */
public record EdgeWebAclProps(String name, List<String> blockedCountries, int rateLimitPer5Min) {
    public EdgeWebAclProps {
        Objects.requireNonNull(name, "name");
        blockedCountries = WafLimits.countries(blockedCountries);
        WafLimits.rateLimit(rateLimitPer5Min);
    }
}
