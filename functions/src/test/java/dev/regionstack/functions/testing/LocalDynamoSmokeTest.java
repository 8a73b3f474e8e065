package dev.regionstack.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

class LocalDynamoSmokeTest {
    @Test
    void conditionFailureReturnsTheOldItem() {
        var dynamo = LocalDynamo.get();
        String table = dynamo.createTable();
        var key = Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromS("b"));
        dynamo.client().updateItem(b -> b.tableName(table).key(key)
                .updateExpression("SET balance = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromN("3"))));
        try {
            dynamo.client().updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET balance = balance - :u ADD applied :r")
                    .conditionExpression("balance >= :u AND NOT contains(applied, :rs)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .expressionAttributeValues(Map.of(":u", AttributeValue.fromN("5"), ":r", AttributeValue.fromSs(java.util.List.of("x")), ":rs", AttributeValue.fromS("x"))));
        } catch (ConditionalCheckFailedException e) {
            assertThat(e.item()).containsEntry("balance", AttributeValue.fromN("3"));
            return;
        }
        throw new AssertionError("expected a condition failure");
    }
}
