package dev.regionstack.platform.data;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.List;
import java.util.Objects;

/**
 * Build with {@link #builder()}.
 *
 * @param bucketName             the physical name; deterministic so that other regions can replicate to it. Required.
 * @param encryptionKey          this region's key. Required.
 * @param replicationDestinations buckets every object replicates to, in priority order. Default: none.
 * @param replicationTimeControl  S3 Replication Time Control (15-minute SLA) with replication metrics. Default: false.
 * @param removalPolicy          RETAIN keeps the bucket on stack delete; DESTROY also empties it. Default: RETAIN.
 * @param replicaBucket          the bucket is itself the destination of another region's data bucket (and so
 *                               replicates nothing); only its guardrail reasons depend on it. Default: false.
 */
public record DataBucketProps(String bucketName, IKey encryptionKey, List<ReplicationDestination> replicationDestinations,
                              boolean replicationTimeControl, RemovalPolicy removalPolicy, boolean replicaBucket) {
    public DataBucketProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        replicationDestinations = replicationDestinations == null ? List.of() : List.copyOf(replicationDestinations);
        removalPolicy = Removal.orRetain(removalPolicy);
        if (replicationTimeControl && replicationDestinations.isEmpty()) {
            throw new IllegalArgumentException("replicationTimeControl needs at least one replication destination");
        }
        if (replicaBucket && !replicationDestinations.isEmpty()) {
            throw new IllegalArgumentException("a replica bucket replicates nothing: it has no replication destinations");
        }
    }

    public DataBucketProps(String bucketName, IKey encryptionKey, List<ReplicationDestination> replicationDestinations,
                           boolean replicationTimeControl, RemovalPolicy removalPolicy) {
        this(bucketName, encryptionKey, replicationDestinations, replicationTimeControl, removalPolicy, false);
    }

    public static Builder builder() { return new Builder(); }

    /** Builder for {@link DataBucketProps}; unset values take the record's defaults. */
    public static final class Builder {
        private String bucketName;
        private IKey encryptionKey;
        private List<ReplicationDestination> replicationDestinations;
        private boolean replicationTimeControl;
        private RemovalPolicy removalPolicy;
        private boolean replicaBucket;

        public Builder bucketName(String v) { bucketName = v; return this; }
        public Builder encryptionKey(IKey v) { encryptionKey = v; return this; }
        public Builder replicationDestinations(List<ReplicationDestination> v) { replicationDestinations = v; return this; }
        public Builder replicationTimeControl(boolean v) { replicationTimeControl = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }
        public Builder replicaBucket(boolean v) { replicaBucket = v; return this; }

        public DataBucketProps build() { return new DataBucketProps(bucketName, encryptionKey, replicationDestinations, replicationTimeControl, removalPolicy, replicaBucket); }
    }
}
