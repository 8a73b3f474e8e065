package dev.regionstack.functions.credits;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A snapshot of an organisation's account item.
 *
 * @param balance      credits left to spend
 * @param period       the billing period the usage counts belong to (yyyy-MM, UTC)
 * @param allowance    the period's allowance: the balance at the period's start plus credits granted in it
 * @param used         units debited in the period
 * @param notified     thresholds (80, 100) whose notification is already in the outbox for this period
 * @param userLimits   per-period unit limits of the users that have one
 * @param userLeft     units each limited user may still spend in the period
 * @param applied      ids of operations applied to the balance whose answer is not yet stored (see Ledger)
 * @param contactEmail where threshold emails go; null when none is set
 */
public record Account(String orgId, String tier, String homeRegion, long balance, String period, long allowance,
        long used, Set<Integer> notified, Map<String, Long> userLimits, Map<String, Long> userLeft,
        Set<String> applied, String contactEmail) {

    public Account {
        notified = Set.copyOf(notified);
        userLimits = Map.copyOf(userLimits);
        userLeft = Map.copyOf(userLeft);
        applied = Set.copyOf(applied);
    }

    static Account fromItem(Map<String, AttributeValue> item) {
        Set<Integer> notified = new TreeSet<>();
        if (item.containsKey(Accounts.NOTIFIED)) {
            item.get(Accounts.NOTIFIED).ns().forEach(n -> notified.add(Integer.parseInt(n)));
        }
        Set<String> applied = item.containsKey(Accounts.APPLIED) ? new TreeSet<>(item.get(Accounts.APPLIED).ss()) : Set.of();
        AttributeValue email = item.get(Accounts.EMAIL);
        return new Account(
                item.get(Accounts.ORG_ID).s(),
                item.get(Accounts.TIER).s(),
                item.get(Accounts.HOME).s(),
                number(item, Accounts.BALANCE),
                item.get(Accounts.PERIOD).s(),
                number(item, Accounts.ALLOWANCE),
                number(item, Accounts.USED),
                notified,
                numbers(item.get(Accounts.USER_LIMITS)),
                numbers(item.get(Accounts.USER_LEFT)),
                applied,
                email == null ? null : email.s());
    }

    /** The account as it reads in {@code currentPeriod}: a past period's usage no longer counts. */
    public Account asOf(String currentPeriod) {
        if (currentPeriod.compareTo(period) <= 0) {
            return this;
        }
        return new Account(orgId, tier, homeRegion, balance, currentPeriod, balance, 0, Set.of(), userLimits,
                userLimits, applied, contactEmail);
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    private static Map<String, Long> numbers(AttributeValue map) {
        Map<String, Long> out = new TreeMap<>();
        if (map != null && map.hasM()) {
            map.m().forEach((k, v) -> out.put(k, Long.parseLong(v.n())));
        }
        return out;
    }
}
