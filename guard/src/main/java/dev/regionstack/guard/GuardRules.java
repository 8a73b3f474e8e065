package dev.regionstack.guard;

import java.util.Map;
import java.util.Set;

/**
 * The guard's own knowledge, on top of the generated AWS resource specification ({@link ReplacementSpec}). Each entry
 * says why the specification alone is not enough; keep this list small.
 */
public final class GuardRules {
    private GuardRules() {
    }

    /**
     * Stateful types the specification's {@code isStateful} flag misses:
     * <ul>
     * <li>{@code AWS::RDS::GlobalCluster}: deleting it detaches or deletes the member clusters' shared storage;</li>
     * <li>{@code AWS::KMS::ReplicaKey}: the key material of a multi-Region key in this region; what it encrypted
     *     here cannot be read once it is gone;</li>
     * <li>{@code AWS::ElastiCache::ServerlessCache}, {@code AWS::MemoryDB::Cluster}: in-memory data stores
     *     (MemoryDB is durable);</li>
     * <li>{@code AWS::S3Express::DirectoryBucket}: objects, like a bucket;</li>
     * <li>{@code AWS::APS::Workspace}: a Prometheus workspace's stored metrics;</li>
     * <li>{@code AWS::Grafana::Workspace}: the dashboards, alerts and users made in the workspace, which no template holds.</li>
     * </ul>
     */
    public static final Set<String> EXTRA_STATEFUL = Set.of(
            "AWS::RDS::GlobalCluster",
            "AWS::KMS::ReplicaKey",
            "AWS::ElastiCache::ServerlessCache",
            "AWS::MemoryDB::Cluster",
            "AWS::S3Express::DirectoryBucket",
            "AWS::APS::Workspace",
            "AWS::Grafana::Workspace");

    /**
     * Properties the specification does not mark as replacing, that the guard treats as replacing anyway:
     * <ul>
     * <li>{@code AWS::DynamoDB::GlobalTable MultiRegionConsistency}: the consistency mode (EVENTUAL or STRONG) is
     *     chosen when the global table is created; DynamoDB does not switch an existing table, so the only way to
     *     another mode is a new table and moving the data: the guard reports it as a replacement, DATA LOSS.</li>
     * </ul>
     */
    public static final Map<String, Set<String>> EXTRA_REPLACING = Map.of(
            "AWS::DynamoDB::GlobalTable", Set.of("MultiRegionConsistency"));

    /**
     * Types that hold no data but whose replacement cascades into replacing everything placed in them (subnets,
     * security groups, load balancers, database subnet groups and so the databases), or into a failed update when
     * those live in other stacks. Replacing one is {@link Impact#DESTRUCTIVE}:
     * <ul>
     * <li>{@code AWS::EC2::VPC} (a new CIDR block means a new VPC), {@code AWS::EC2::Subnet};</li>
     * <li>{@code AWS::EC2::TransitGateway}: every attachment and route of every VPC on it;</li>
     * <li>{@code AWS::Route53::HostedZone}: a new zone gets new name servers, so the parent delegation breaks.</li>
     * </ul>
     */
    public static final Set<String> FOUNDATION_TYPES = Set.of(
            "AWS::EC2::VPC",
            "AWS::EC2::Subnet",
            "AWS::EC2::TransitGateway",
            "AWS::Route53::HostedZone");

    /** Deletion and update-replace policies that keep the data of the resource CloudFormation lets go. */
    static final Set<String> KEEPING_POLICIES = Set.of("Retain", "RetainExceptOnCreate", "Snapshot");
}
