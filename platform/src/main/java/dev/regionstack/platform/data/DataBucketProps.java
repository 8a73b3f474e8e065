package dev.regionstack.platform.data;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.List;
import java.util.Objects;

/**
 * @param bucketName             the physical name; deterministic so that other regions can replicate to it. Required.
 * @param encryptionKey          this region's key. Required.
 * @param replicationDestinations buckets every object replicates to, in priority order. Default: none.
 * @param replicationTimeControl  S3 Replication Time Control (15-minute SLA) with replication metrics. Default: false.
 * @param removalPolicy          RETAIN keeps the bucket on stack delete; DESTROY also empties it. Default: RETAIN.
 */
public record DataBucketProps(String bucketName, IKey encryptionKey, List<ReplicationDestination> replicationDestinations,
                              boolean replicationTimeControl, RemovalPolicy removalPolicy) {
    public DataBucketProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        replicationDestinations = replicationDestinations == null ? List.of() : List.copyOf(replicationDestinations);
        removalPolicy = removalPolicy == null ? RemovalPolicy.RETAIN : removalPolicy;
        if (replicationTimeControl && replicationDestinations.isEmpty()) {
            throw new IllegalArgumentException("replicationTimeControl needs at least one replication destination");
        }
    }
}
