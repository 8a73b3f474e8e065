package dev.regionstack.platform.data;

import software.amazon.awscdk.CfnTag;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Billing;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.dynamodb.MultiRegionConsistency;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ReplicaTableProps;
import software.amazon.awscdk.services.dynamodb.TableEncryptionV2;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.constructs.Construct;

import java.util.List;

/**
 * The environment's DynamoDB global table, created once (in the primary region) with a replica in every other
 * region: {@code pk}/{@code sk} string keys, TTL on {@code ttl}, on-demand, point-in-time recovery and the
 * region's own customer-managed key on every replica.
 *
 * <p>CDK copies the tags given to the table ({@code Tags.of}, e.g. the stack's) to every replica; each replica's
 * {@value #REGION_TAG} tag is set to its own region over them, where a stack's would name the primary's (unless
 * {@link GlobalTableProps#replicaRegionTags()} is off: the file's own {@code Region} then wins everywhere).
 */
public final class GlobalTable extends Construct {
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String TTL_ATTRIBUTE = "ttl";
    /** regionstack's tag naming the region a resource is in (fleet-file spec, "Tags"). */
    public static final String REGION_TAG = "Region";

    private final TableV2 table;

    public GlobalTable(Construct scope, String id, GlobalTableProps props) {
        super(scope, id);
        PointInTimeRecoverySpecification pitr = PointInTimeRecoverySpecification.builder()
                .pointInTimeRecoveryEnabled(true).build();
        TableV2.Builder builder = TableV2.Builder.create(this, "Resource")
                .tableName(props.tableName())
                .partitionKey(Attribute.builder().name(PARTITION_KEY).type(AttributeType.STRING).build())
                .sortKey(Attribute.builder().name(SORT_KEY).type(AttributeType.STRING).build());
        // Multi-Region strong consistency tables take no TTL; the credits service then keeps its idempotency records.
        if (!props.strongConsistency()) builder.timeToLiveAttribute(TTL_ATTRIBUTE);
        table = builder
                .billing(Billing.onDemand())
                .pointInTimeRecoverySpecification(pitr)
                .encryption(TableEncryptionV2.customerManagedKey(props.encryptionKey(), props.replicaKeyArns()))
                .replicas(props.replicaKeyArns().keySet().stream()
                        .map(region -> {
                            ReplicaTableProps.Builder replica = ReplicaTableProps.builder().region(region)
                                    .pointInTimeRecoverySpecification(pitr)
                                    .deletionProtection(props.deletionProtection());
                            // a replica's own tags win over the table's (TableV2 merges them key by key)
                            if (props.replicaRegionTags()) replica.tags(List.of(CfnTag.builder().key(REGION_TAG).value(region).build()));
                            return replica.build();
                        })
                        .toList())
                .multiRegionConsistency(props.strongConsistency() ? MultiRegionConsistency.STRONG : MultiRegionConsistency.EVENTUAL)
                .deletionProtection(props.deletionProtection())
                .removalPolicy(props.removalPolicy())
                .build();
    }

    public ITableV2 table() { return table; }
}
