package dev.regionstack.platform.service;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * @param name             web ACL name (also the CloudWatch metric prefix). Required.
 * @param rateLimitPer5Min requests one client IP may send in any 5 minutes before it is blocked; 10 to 2,000,000,000.
 *                         Default: 2000.
 * @param blockedCountries ISO 3166-1 alpha-2 codes, upper case, whose requests are blocked. Default: none
 *                         (no geo rule at all).
 */
public record RegionalWebAclProps(String name, int rateLimitPer5Min, List<String> blockedCountries) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public RegionalWebAclProps {
        Objects.requireNonNull(name, "name");
        rateLimitPer5Min = rateLimitPer5Min == 0 ? 2000 : rateLimitPer5Min;
        if (rateLimitPer5Min < 10 || rateLimitPer5Min > 2_000_000_000) {
            throw new IllegalArgumentException(
                    "rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got " + rateLimitPer5Min);
        }
        blockedCountries = blockedCountries == null ? List.of() : List.copyOf(blockedCountries);
        for (String country : blockedCountries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException(
                        "blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got '" + country + "'");
            }
        }
    }
}
