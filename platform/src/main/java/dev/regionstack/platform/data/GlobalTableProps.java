package dev.regionstack.platform.data;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Map;
import java.util.Objects;

/**
 * Build with {@link #builder()}.
 *
 * @param tableName          the physical name, the same in every region. Required.
 * @param encryptionKey      this region's customer-managed key. Required.
 * @param replicaKeyArns     region to key (or alias) ARN for every other region that holds a replica, in order. Default: none.
 * @param strongConsistency  multi-Region strong consistency (needs exactly three regions). Default: false (eventual).
 * @param deletionProtection deletion protection on every replica. Default: false.
 * @param removalPolicy      what happens to the table when the stack is deleted. Default: RETAIN.
 * @param replicaRegionTags  each replica's {@code Region} tag names its own region, over the table's. Default: true;
 *                           false when the file sets {@code Region} itself (its value then goes on every replica).
 */
public record GlobalTableProps(String tableName, IKey encryptionKey, Map<String, String> replicaKeyArns,
                               boolean strongConsistency, boolean deletionProtection, RemovalPolicy removalPolicy,
                               boolean replicaRegionTags) {
    public GlobalTableProps {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        replicaKeyArns = replicaKeyArns == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replicaKeyArns));
        removalPolicy = Removal.orRetain(removalPolicy);
        if (strongConsistency && replicaKeyArns.size() != 2) {
            throw new IllegalArgumentException("strong consistency needs exactly 3 regions (this one and 2 replicas), got "
                    + (replicaKeyArns.size() + 1) + ": use eventual consistency or exactly 3 regions of one region set");
        }
    }

    /** Props whose replicas name their own region in their {@code Region} tag. */
    public GlobalTableProps(String tableName, IKey encryptionKey, Map<String, String> replicaKeyArns,
                            boolean strongConsistency, boolean deletionProtection, RemovalPolicy removalPolicy) {
        this(tableName, encryptionKey, replicaKeyArns, strongConsistency, deletionProtection, removalPolicy, true);
    }

    public static Builder builder() { return new Builder(); }

    /** Builder for {@link GlobalTableProps}; unset values take the record's defaults. */
    public static final class Builder {
        private String tableName;
        private IKey encryptionKey;
        private Map<String, String> replicaKeyArns;
        private boolean strongConsistency;
        private boolean deletionProtection;
        private RemovalPolicy removalPolicy;
        private boolean replicaRegionTags = true;

        public Builder tableName(String v) { tableName = v; return this; }
        public Builder encryptionKey(IKey v) { encryptionKey = v; return this; }
        public Builder replicaKeyArns(Map<String, String> v) { replicaKeyArns = v; return this; }
        public Builder strongConsistency(boolean v) { strongConsistency = v; return this; }
        public Builder deletionProtection(boolean v) { deletionProtection = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }
        public Builder replicaRegionTags(boolean v) { replicaRegionTags = v; return this; }

        public GlobalTableProps build() {
            return new GlobalTableProps(tableName, encryptionKey, replicaKeyArns, strongConsistency, deletionProtection, removalPolicy,
                    replicaRegionTags);
        }
    }
}
