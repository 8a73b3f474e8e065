package dev.regionstack.functions.credits;

import java.math.BigDecimal;
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
 * @param damaged      attributes whose stored value is missing, of the wrong type, not a whole number, or outside
 *                     0..{@link Accounts#MAX_CREDITS} (only a hand edit or an older version can store one); they read
 *                     as 0 (numbers) or null here, and the account accepts no writes until an operator repairs them
 */
public record Account(String orgId, String tier, String homeRegion, long balance, String period, long allowance,
        long used, Set<Integer> notified, Map<String, Long> userLimits, Map<String, Long> userLeft,
        Set<String> applied, String contactEmail, Set<String> damaged) {

    public Account {
        notified = Set.copyOf(notified);
        userLimits = Map.copyOf(userLimits);
        userLeft = Map.copyOf(userLeft);
        applied = Set.copyOf(applied);
        damaged = Set.copyOf(damaged);
    }

    /** Reads the item; never throws, whatever is stored (see {@code damaged}). */
    static Account fromItem(Map<String, AttributeValue> item) {
        Set<String> damaged = new TreeSet<>();
        Set<Integer> notified = new TreeSet<>();
        AttributeValue ns = item.get(Accounts.NOTIFIED);
        if (ns != null) {
            for (String n : ns.ns()) {
                long t = whole(n);
                if (t == 80 || t == 100) {
                    notified.add((int) t);
                }
            }
        }
        AttributeValue ss = item.get(Accounts.APPLIED);
        Set<String> applied = ss == null ? Set.of() : new TreeSet<>(ss.ss());
        return new Account(
                string(item, Accounts.ORG_ID, damaged),
                string(item, Accounts.TIER, damaged),
                string(item, Accounts.HOME, damaged),
                number(item, Accounts.BALANCE, damaged),
                string(item, Accounts.PERIOD, damaged),
                number(item, Accounts.ALLOWANCE, damaged),
                number(item, Accounts.USED, damaged),
                notified,
                numbers(item, Accounts.USER_LIMITS, damaged),
                numbers(item, Accounts.USER_LEFT, damaged),
                applied,
                item.get(Accounts.EMAIL) == null ? null : item.get(Accounts.EMAIL).s(),
                damaged);
    }

    public boolean isDamaged() {
        return !damaged.isEmpty();
    }

    /** The account as it reads in {@code currentPeriod}: a past period's usage no longer counts. */
    public Account asOf(String currentPeriod) {
        if (period == null || currentPeriod.compareTo(period) <= 0) {
            return this;
        }
        return new Account(orgId, tier, homeRegion, balance, currentPeriod, balance, 0, Set.of(), userLimits,
                userLimits, applied, contactEmail, damaged);
    }

    private static String string(Map<String, AttributeValue> item, String name, Set<String> damaged) {
        AttributeValue v = item.get(name);
        if (v == null || v.s() == null) {
            damaged.add(name);
            return null;
        }
        return v.s();
    }

    private static long number(Map<String, AttributeValue> item, String name, Set<String> damaged) {
        AttributeValue v = item.get(name);
        long n = v == null ? -1 : whole(v.n());
        if (n < 0) {
            damaged.add(name);
            return 0;
        }
        return n;
    }

    private static Map<String, Long> numbers(Map<String, AttributeValue> item, String name, Set<String> damaged) {
        Map<String, Long> out = new TreeMap<>();
        AttributeValue map = item.get(name);
        if (map == null || !map.hasM()) {
            return out;
        }
        map.m().forEach((k, v) -> {
            long n = whole(v.n());
            if (n < 0) {
                damaged.add(name + "." + k);
            } else {
                out.put(k, n);
            }
        });
        return out;
    }

    /** The value when it is a whole number in 0..MAX_CREDITS, else -1. */
    private static long whole(String n) {
        if (n == null || n.length() > 40) {
            return -1;
        }
        try {
            BigDecimal d = new BigDecimal(n);
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(Accounts.MAX_CREDITS)) > 0) {
                return -1;
            }
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }
}
