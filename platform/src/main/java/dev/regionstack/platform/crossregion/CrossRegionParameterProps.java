package dev.regionstack.platform.crossregion;

import java.util.Objects;

/**
 * @param parameterName the SSM parameter to read, named with {@link ParameterNames}
 * @param region        the region the producer published it in
 */
public record CrossRegionParameterProps(String parameterName, String region) {
    public CrossRegionParameterProps {
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(region, "region");
    }
}
