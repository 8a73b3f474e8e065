package dev.regionstack.functions.credits;

import dev.regionstack.functions.core.Keys;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The account item as its creating grant writes it: the org and its first credits in one put, so that creation
 * needs no second write (in eventual mode the primary region may create an org homed in another region, and must
 * then not write it again).
 */
final class NewAccount {
    private NewAccount() {
    }

    static Map<String, AttributeValue> item(String orgId, String tier, String homeRegion, long credits, String opId,
            AccountChanges changes, String period, Instant now) {
        Map<String, AttributeValue> limits = new HashMap<>();
        changes.userLimits().forEach((user, limit) -> limits.put(user, n(limit)));
        Map<String, AttributeValue> item = new HashMap<>(Keys.account(orgId));
        item.put(Accounts.ORG_ID, AttributeValue.fromS(orgId));
        item.put(Accounts.TIER, AttributeValue.fromS(tier));
        item.put(Accounts.HOME, AttributeValue.fromS(homeRegion));
        item.put(Accounts.BALANCE, n(credits));
        item.put(Accounts.ALLOWANCE, n(credits));
        item.put(Accounts.USED, n(0));
        item.put(Accounts.PERIOD, AttributeValue.fromS(period));
        item.put(Accounts.USER_LIMITS, AttributeValue.fromM(limits));
        item.put(Accounts.USER_LEFT, AttributeValue.fromM(limits));
        item.put(Accounts.APPLIED, AttributeValue.fromSs(List.of(opId)));
        item.put(Accounts.CREATED, AttributeValue.fromS(now.toString()));
        if (changes.contactEmail() != null) {
            item.put(Accounts.EMAIL, AttributeValue.fromS(changes.contactEmail()));
        }
        return item;
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
