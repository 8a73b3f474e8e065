package dev.regionstack.functions.core;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Map;

/**
 * Taking over a PENDING claim whose lease ran out (idempotency records and the notification outbox share the
 * shape: {@code state}, {@code owner}, and a claim time). Conditional on the old owner, so of two callers that
 * both see the lease expired, exactly one wins.
 */
public final class PendingClaims {
    public static final String STATE = "state";
    public static final String OWNER = "owner";

    private PendingClaims() {}

    /** True when this caller now owns the claim; false when someone else took it or it is no longer pending. */
    public static boolean takeOver(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key,
                                   String claimTimeAttribute, String oldOwner, String newOwner, long nowMillis) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET #owner = :new, #time = :now")
                    .conditionExpression("#owner = :old AND #state = :pending")
                    .expressionAttributeNames(Map.of("#owner", OWNER, "#time", claimTimeAttribute, "#state", STATE))
                    .expressionAttributeValues(Map.of(
                            ":new", AttributeValue.fromS(newOwner),
                            ":old", AttributeValue.fromS(oldOwner),
                            ":now", AttributeValue.fromN(Long.toString(nowMillis)),
                            ":pending", AttributeValue.fromS("PENDING"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
