package dev.regionstack.platform.waf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assertions for the web ACL props records. The fleet validator is where a user's countries and rate limit are checked
 * (against the ISO 3166-1 list, with the key path and a fix); these only stop a caller that bypassed it.
 */
public final class WafLimits {
    /** AWS WAF's bounds for a rate-based rule's limit, requests per client IP per evaluation window. */
    public static final int MIN_RATE = 10;
    public static final int MAX_RATE = 2_000_000_000;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private WafLimits() {}

    /** An immutable copy of {@code countries} (none when null): two upper-case letters each, each at most once. */
    public static List<String> countries(List<String> countries) {
        List<String> copy = countries == null ? List.of() : List.copyOf(countries);
        Set<String> seen = new HashSet<>();
        for (String country : copy) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException(
                        "blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got '" + country + "'");
            }
            if (!seen.add(country)) {
                throw new IllegalArgumentException("blockedCountries lists " + country + " twice; list each country once");
            }
        }
        return copy;
    }

    /** {@code rateLimitPer5Min} itself, if AWS WAF accepts it. */
    public static int rateLimit(int rateLimitPer5Min) {
        if (rateLimitPer5Min < MIN_RATE || rateLimitPer5Min > MAX_RATE) {
            throw new IllegalArgumentException("rateLimitPer5Min must be between " + MIN_RATE + " and " + MAX_RATE
                    + " (the WAF limits), got " + rateLimitPer5Min);
        }
        return rateLimitPer5Min;
    }
}
