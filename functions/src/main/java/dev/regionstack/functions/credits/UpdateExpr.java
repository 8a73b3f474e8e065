package dev.regionstack.functions.credits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One update's expression parts, with the names and values every account write uses. */
final class UpdateExpr {
    final Map<String, String> names = new HashMap<>();
    final Map<String, AttributeValue> values = new HashMap<>();
    final List<String> set = new ArrayList<>();
    final List<String> remove = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    /** The largest balance and allowance the item may hold before this write. */
    long ceiling = Accounts.MAX_CREDITS;

    UpdateExpr(String opId, String period) {
        names.put("#balance", Accounts.BALANCE);
        names.put("#allowance", Accounts.ALLOWANCE);
        names.put("#used", Accounts.USED);
        names.put("#period", Accounts.PERIOD);
        names.put("#applied", Accounts.APPLIED);
        values.put(":op", AttributeValue.fromS(opId));
        values.put(":ops", AttributeValue.fromSs(List.of(opId)));
        values.put(":period", AttributeValue.fromS(period));
    }
}
