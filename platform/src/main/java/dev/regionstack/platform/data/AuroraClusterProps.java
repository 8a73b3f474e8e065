package dev.regionstack.platform.data;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Map;
import java.util.Objects;

/**
 * One region's cluster of an Aurora global database. Build with {@link #builder()}.
 *
 * @param vpc                     the VPC; the cluster lives in its isolated subnets. Required.
 * @param encryptionKey           this region's key for storage (and, in the primary, the credentials). Required.
 * @param engine                  the engine. Required.
 * @param engineVersion           the engine version, the same in every region of the global database. Default: {@link AuroraEngine#version()}.
 * @param performanceInsights     Performance Insights on every instance (7 days, RDS's own key). Default: false.
 * @param globalClusterIdentifier the global database's identifier, the same in every region. Required.
 * @param clusterIdentifier       this region's cluster identifier. Required.
 * @param primary                 true: create the global database, the writer and the master credentials here;
 *                                false: join the existing global database as a read-only secondary. Default: false.
 * @param secretName              name of the master credentials secret (primary only). Default: {@code <globalClusterIdentifier>-credentials}.
 * @param secretReplicaKeys       region to key id/alias for every region the credentials replicate to (primary only). Default: none.
 * @param instanceClass           DB instance class, e.g. {@code db.r6g.large}. Required.
 * @param instances               DB instances in this cluster (the first is the writer in the primary). Default: 1.
 * @param backupRetentionDays     automated backup retention, 1 to 35. Default: 7.
 * @param deletionProtection      deletion protection on the cluster (and the global database). Default: false.
 * @param removalPolicy           what happens to the cluster on stack delete (RETAIN, SNAPSHOT or DESTROY). Default: RETAIN.
 */
public record AuroraClusterProps(IVpc vpc, IKey encryptionKey, AuroraEngine engine, String engineVersion, boolean performanceInsights,
                                 String globalClusterIdentifier,
                                 String clusterIdentifier, boolean primary, String secretName,
                                 Map<String, String> secretReplicaKeys, String instanceClass, int instances,
                                 int backupRetentionDays, boolean deletionProtection, RemovalPolicy removalPolicy) {
    public AuroraClusterProps {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(globalClusterIdentifier, "globalClusterIdentifier");
        Objects.requireNonNull(clusterIdentifier, "clusterIdentifier");
        Objects.requireNonNull(instanceClass, "instanceClass");
        engineVersion = engineVersion == null ? engine.version() : engineVersion;
        secretName = secretName == null ? globalClusterIdentifier + "-credentials" : secretName;
        secretReplicaKeys = secretReplicaKeys == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secretReplicaKeys));
        instances = instances == 0 ? 1 : instances;
        backupRetentionDays = backupRetentionDays == 0 ? 7 : backupRetentionDays;
        removalPolicy = Removal.orRetain(removalPolicy);
        if (instances < 1 || instances > 15) {
            throw new IllegalArgumentException("instances must be 1 to 15, got " + instances);
        }
        if (backupRetentionDays < 1 || backupRetentionDays > 35) {
            throw new IllegalArgumentException("backupRetentionDays must be 1 to 35, got " + backupRetentionDays);
        }
        if (!primary && !secretReplicaKeys.isEmpty()) {
            throw new IllegalArgumentException("secretReplicaKeys is for the primary cluster only: secondaries receive the replicated secret");
        }
    }

    public static Builder builder() { return new Builder(); }

    /** Builder for {@link AuroraClusterProps}; unset values take the record's defaults. */
    public static final class Builder {
        private IVpc vpc;
        private IKey encryptionKey;
        private AuroraEngine engine;
        private String engineVersion;
        private boolean performanceInsights;
        private String globalClusterIdentifier;
        private String clusterIdentifier;
        private boolean primary;
        private String secretName;
        private Map<String, String> secretReplicaKeys;
        private String instanceClass;
        private int instances;
        private int backupRetentionDays;
        private boolean deletionProtection;
        private RemovalPolicy removalPolicy;

        public Builder vpc(IVpc v) { vpc = v; return this; }
        public Builder encryptionKey(IKey v) { encryptionKey = v; return this; }
        public Builder engine(AuroraEngine v) { engine = v; return this; }
        public Builder engineVersion(String v) { engineVersion = v; return this; }
        public Builder performanceInsights(boolean v) { performanceInsights = v; return this; }
        public Builder globalClusterIdentifier(String v) { globalClusterIdentifier = v; return this; }
        public Builder clusterIdentifier(String v) { clusterIdentifier = v; return this; }
        public Builder primary(boolean v) { primary = v; return this; }
        public Builder secretName(String v) { secretName = v; return this; }
        public Builder secretReplicaKeys(Map<String, String> v) { secretReplicaKeys = v; return this; }
        public Builder instanceClass(String v) { instanceClass = v; return this; }
        public Builder instances(int v) { instances = v; return this; }
        public Builder backupRetentionDays(int v) { backupRetentionDays = v; return this; }
        public Builder deletionProtection(boolean v) { deletionProtection = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }

        public AuroraClusterProps build() {
            return new AuroraClusterProps(vpc, encryptionKey, engine, engineVersion, performanceInsights, globalClusterIdentifier, clusterIdentifier, primary,
                    secretName, secretReplicaKeys, instanceClass, instances, backupRetentionDays, deletionProtection, removalPolicy);
        }
    }
}
