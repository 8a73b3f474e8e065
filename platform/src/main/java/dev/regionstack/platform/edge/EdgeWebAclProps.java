package dev.regionstack.platform.edge;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * @param name             physical name of the web ACL and prefix of its metric names, e.g. {@code acme-prod-edge}
 * @param blockedCountries ISO 3166-1 alpha-2 codes, upper case, each at most once, whose viewers are blocked: every
 *                         country that any origin behind the distribution must not serve (the web ACL sees the
 *                         viewer's address; the origins see only CloudFront's). Default: none (no geo rule).
 * @param rateLimitPer5Min requests one client IP may make in 5 minutes before it is blocked; 10 to 2,000,000,000.
 */
public record EdgeWebAclProps(String name, List<String> blockedCountries, int rateLimitPer5Min) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public EdgeWebAclProps {
        Objects.requireNonNull(name, "name");
        blockedCountries = blockedCountries == null ? List.of() : List.copyOf(blockedCountries);
        Set<String> seen = new HashSet<>();
        for (String country : blockedCountries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException(
                        "blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got '" + country + "'");
            }
            if (!seen.add(country)) {
                throw new IllegalArgumentException("blockedCountries lists " + country + " twice; list each country once");
            }
        }
        if (rateLimitPer5Min < 10 || rateLimitPer5Min > 2_000_000_000) {
            throw new IllegalArgumentException("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got "
                    + rateLimitPer5Min);
        }
    }
}
