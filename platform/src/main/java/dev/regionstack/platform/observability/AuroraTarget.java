package dev.regionstack.platform.observability;

import java.util.Objects;

/**
 * The Aurora cluster to watch.
 *
 * @param clusterIdentifier the DB cluster identifier (the {@code DBClusterIdentifier} dimension)
 * @param secondary         a secondary cluster of a global database: its replication lag is watched too
 */
public record AuroraTarget(String clusterIdentifier, boolean secondary) {
    public AuroraTarget {
        Objects.requireNonNull(clusterIdentifier, "clusterIdentifier");
    }
}
