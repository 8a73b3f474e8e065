package dev.regionstack.fleet.model;

import java.util.List;

/**
 * WAFv2 settings.
 *
 * @param blockedCountries ISO 3166-1 alpha-2 codes, upper case. Default: none.
 * @param rateLimitPer5Min requests per client IP per 5 minutes before blocking. Default: 2000.
 */
public record Waf(List<String> blockedCountries, int rateLimitPer5Min) {
    public static final Waf DEFAULT = new Waf(List.of(), 2000);

    public Waf {
        blockedCountries = blockedCountries == null ? List.of() : List.copyOf(blockedCountries);
    }
}
