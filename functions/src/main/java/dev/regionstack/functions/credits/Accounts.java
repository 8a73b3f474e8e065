package dev.regionstack.functions.credits;

import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Keys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The organisation account item and every write to it. Each write is one conditional UpdateItem on that single
 * item (no read-modify-write, no transactions), so it is atomic in any consistency mode:
 * <ul>
 *   <li>the debit checks the balance, the user's own limit, the billing period, and that its operation id is not
 *       already applied, and subtracts in the same write;</li>
 *   <li>with {@link Consistency#EVENTUAL} every write also requires {@code homeRegion = <this region>}, and only the
 *       primary region creates orgs (see {@link WriteRegion}), so an org's item is only ever written in one region
 *       and last-writer-wins replication cannot lose or double a debit.</li>
 * </ul>
 * When a condition fails, DynamoDB returns the item as it was (ReturnValuesOnConditionCheckFailure), from which the
 * refusal's reason is read without another request.
 */
public final class Accounts {
    static final String ORG_ID = "orgId";
    static final String TIER = "tier";
    static final String HOME = "homeRegion";
    static final String BALANCE = "balance";
    static final String PERIOD = "period";
    static final String ALLOWANCE = "allowance";
    static final String USED = "used";
    static final String NOTIFIED = "notified";
    static final String USER_LIMITS = "userLimits";
    static final String USER_LEFT = "userLeft";
    static final String APPLIED = "applied";
    static final String EMAIL = "contactEmail";
    static final String CREATED = "createdAt";
    private static final int MAX_ATTEMPTS = 6;
    /**
     * The most credits an account may hold: its balance and its period's allowance stay in 0..10^12, which every
     * write's condition enforces (a grant or payment that would pass it is refused), and so does a single payment.
     * Far inside a long (and DynamoDB's 38 digits), so no sum of stored values can overflow on the way in or out.
     */
    public static final long MAX_CREDITS = 1_000_000_000_000L;

    /** The result of a debit. */
    public sealed interface Debit {
        /** Debited now; {@code after} is the item right after this debit. */
        record Charged(Account after) implements Debit { }
        /** This operation id was debited earlier (a retry after a crash); nothing charged now. */
        record AlreadyCharged(Account current) implements Debit { }
        record InsufficientCredits(Account current) implements Debit { }
        record UserLimitExceeded(Account current, long userLeft) implements Debit { }
        record WrongRegion(String homeRegion) implements Debit { }
        record UnknownOrg() implements Debit { }
        /** The item holds a value it cannot have (see {@link Account#damaged()}): nothing is written until repaired. */
        record Damaged(Account current) implements Debit { }
    }

    /** The result of a grant. */
    public sealed interface Grant {
        record Granted(Account after) implements Grant { }
        record AlreadyGranted(Account current) implements Grant { }
        record WrongRegion(String homeRegion) implements Grant { }
        record UnknownOrg() implements Grant { }
        /** The balance or the period's allowance would pass {@link #MAX_CREDITS}. */
        record LimitExceeded(Account current) implements Grant { }
        record Damaged(Account current) implements Grant { }
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Consistency consistency;
    private final String region;
    private final String primaryRegion;
    private final Clock clock;

    /**
     * @param region        the region this copy runs in
     * @param primaryRegion the environment's primary region: in eventual mode the only one that creates orgs
     */
    public Accounts(DynamoDbClient dynamo, String table, Consistency consistency, String region, String primaryRegion,
            Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.consistency = consistency;
        this.region = region;
        this.primaryRegion = primaryRegion;
        this.clock = clock;
    }

    public String region() {
        return region;
    }

    public String primaryRegion() {
        return primaryRegion;
    }

    public Consistency consistency() {
        return consistency;
    }

    /** The current period's name (yyyy-MM, UTC). */
    public String currentPeriod() {
        return Keys.period(clock);
    }

    /** A strongly consistent read (in eventual mode: consistent with this region's replica). */
    public Optional<Account> get(String orgId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(Keys.account(orgId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Account.fromItem(item));
    }

    /**
     * Creates the account carrying its first grant ({@code credits} under {@code opId}, and {@code changes}) in one
     * conditional put, unless it exists. Returns the new account, or empty when it already existed. In eventual mode
     * only the primary region creates (checked by the caller, see {@link WriteRegion}); a home region other than the
     * primary then takes the item over once replication brings it there.
     */
    public Optional<Account> create(String orgId, String tier, String homeRegion, long credits, String opId,
            AccountChanges changes) {
        Map<String, AttributeValue> item = NewAccount.item(orgId, tier, homeRegion, credits, opId, changes,
                currentPeriod(), clock.instant());
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return Optional.of(Account.fromItem(item));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Debits {@code units} once for operation {@code opId}, from the org and from the user's limit if one is set. */
    public Debit debit(String orgId, String userId, long units, String opId) {
        String period = currentPeriod();
        Boolean limited = null; // unknown until the item tells; first try the common case (no user limit)
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            boolean userLimited = Boolean.TRUE.equals(limited);
            UpdateExpr e = new UpdateExpr(opId, period);
            e.names.put("#userLeft", USER_LEFT);
            e.names.put("#user", userId);
            e.values.put(":u", n(units));
            e.set.add("#balance = #balance - :u");
            e.set.add("#used = #used + :u");
            e.conditions.add("#balance >= :u");
            if (userLimited) {
                e.set.add("#userLeft.#user = #userLeft.#user - :u");
                e.conditions.add("#userLeft.#user >= :u");
            } else {
                e.conditions.add("attribute_not_exists(#userLeft.#user)");
            }
            Attempt result = update(orgId, e);
            if (result.after != null) {
                return new Debit.Charged(result.after);
            }
            Account old = result.before;
            if (old == null) {
                return new Debit.UnknownOrg();
            }
            if (old.applied().contains(opId)) {
                return new Debit.AlreadyCharged(old);
            }
            if (wrongRegion(old)) {
                return new Debit.WrongRegion(old.homeRegion());
            }
            if (old.isDamaged()) {
                return new Debit.Damaged(old);
            }
            if (!old.period().equals(period)) {
                period = rollover(old, period);
                continue;
            }
            Long left = old.userLeft().get(userId);
            if ((left != null) != userLimited) {
                limited = left != null;
                continue;
            }
            if (left != null && left < units) {
                return new Debit.UserLimitExceeded(old, left);
            }
            if (old.balance() < units) {
                return new Debit.InsufficientCredits(old);
            }
        }
        throw new IllegalStateException("the debit for org " + orgId + " kept conflicting; giving up after "
                + MAX_ATTEMPTS + " attempts");
    }

    /** Adds {@code credits} (and applies {@code changes}) once for operation {@code opId}. */
    public Grant grant(String orgId, long credits, String opId, AccountChanges changes) {
        String period = currentPeriod();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            UpdateExpr e = new UpdateExpr(opId, period);
            e.ceiling = MAX_CREDITS - credits;
            e.values.put(":n", n(credits));
            e.set.add("#balance = #balance + :n");
            e.set.add("#allowance = #allowance + :n");
            if (changes.tier() != null) {
                e.names.put("#tier", TIER);
                e.values.put(":tier", AttributeValue.fromS(changes.tier()));
                e.set.add("#tier = :tier");
            }
            if (changes.contactEmail() != null) {
                e.names.put("#email", EMAIL);
                e.values.put(":email", AttributeValue.fromS(changes.contactEmail()));
                e.set.add("#email = :email");
            }
            int i = 0;
            if (!changes.userLimits().isEmpty() || !changes.removeUserLimits().isEmpty()) {
                e.names.put("#userLimits", USER_LIMITS);
                e.names.put("#userLeft", USER_LEFT);
            }
            // A new limit also resets what the user may still spend in the current period to that limit.
            for (Map.Entry<String, Long> limit : changes.userLimits().entrySet()) {
                e.names.put("#u" + i, limit.getKey());
                e.values.put(":l" + i, n(limit.getValue()));
                e.set.add("#userLimits.#u" + i + " = :l" + i);
                e.set.add("#userLeft.#u" + i + " = :l" + i);
                i++;
            }
            for (String user : changes.removeUserLimits()) {
                e.names.put("#u" + i, user);
                e.remove.add("#userLimits.#u" + i);
                e.remove.add("#userLeft.#u" + i);
                i++;
            }
            Attempt result = update(orgId, e);
            if (result.after != null) {
                return new Grant.Granted(result.after);
            }
            Account old = result.before;
            if (old == null) {
                return new Grant.UnknownOrg();
            }
            if (old.applied().contains(opId)) {
                return new Grant.AlreadyGranted(old);
            }
            if (wrongRegion(old)) {
                return new Grant.WrongRegion(old.homeRegion());
            }
            if (old.isDamaged()) {
                return new Grant.Damaged(old);
            }
            if (!old.period().equals(period)) {
                period = rollover(old, period);
            } else if (old.balance() > MAX_CREDITS - credits || old.allowance() > MAX_CREDITS - credits) {
                return new Grant.LimitExceeded(old);
            }
        }
        throw new IllegalStateException("the grant for org " + orgId + " kept conflicting; giving up after "
                + MAX_ATTEMPTS + " attempts");
    }

    /**
     * Forgets an applied operation id once its answer is stored in the ledger (keeps the item small). In eventual
     * mode only in the home region: the primary, having created an org homed elsewhere, leaves its first grant's id
     * in place rather than write an item another region now owns (the id is harmless there, and small).
     */
    public void forget(String orgId, String opId) {
        Map<String, String> names = new HashMap<>(Map.of("#applied", APPLIED));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":ops", AttributeValue.fromSs(List.of(opId))));
        String condition = homeCondition("attribute_exists(pk)", names, values);
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Keys.account(orgId))
                    .updateExpression("DELETE #applied :ops")
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            // Gone, or homed elsewhere: nothing to forget here.
        }
    }

    /** Records that the threshold's notification is in the outbox, so later debits skip the outbox check. */
    public void markNotified(String orgId, String period, int threshold) {
        Map<String, String> names = new HashMap<>(Map.of("#notified", NOTIFIED, "#period", PERIOD));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":t", AttributeValue.fromNs(List.of(Integer.toString(threshold))),
                ":period", AttributeValue.fromS(period)));
        String condition = homeCondition("#period = :period", names, values);
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Keys.account(orgId))
                    .updateExpression("ADD #notified :t")
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            // A new period began: its thresholds start unsent.
        }
    }

    /** In eventual mode, {@code condition AND homeRegion = <this region>}: no region writes an item it does not own. */
    private String homeCondition(String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        if (consistency != Consistency.EVENTUAL) {
            return condition;
        }
        names.put("#home", HOME);
        values.put(":region", AttributeValue.fromS(region));
        return condition + " AND #home = :region";
    }

    private boolean wrongRegion(Account old) {
        return consistency == Consistency.EVENTUAL && !region.equals(old.homeRegion());
    }

    /**
     * Starts the new period on the item (usage, notifications and user allowances reset; the allowance becomes the
     * balance carried over) unless another caller already did. Returns the period to retry with.
     */
    private String rollover(Account old, String period) {
        if (old.period().compareTo(period) > 0) {
            return old.period(); // another container's clock is a moment ahead at the month's turn: follow the item
        }
        try {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("#period", PERIOD);
            names.put("#used", USED);
            names.put("#allowance", ALLOWANCE);
            names.put("#balance", BALANCE);
            names.put("#userLeft", USER_LEFT);
            names.put("#userLimits", USER_LIMITS);
            names.put("#notified", NOTIFIED);
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":to", AttributeValue.fromS(period));
            values.put(":from", AttributeValue.fromS(old.period()));
            values.put(":zero", n(0));
            String finalCondition = homeCondition("#period = :from", names, values);
            dynamo.updateItem(b -> b.tableName(table).key(Keys.account(old.orgId()))
                    .updateExpression("SET #period = :to, #used = :zero, #allowance = #balance, #userLeft = #userLimits "
                            + "REMOVE #notified")
                    .conditionExpression(finalCondition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            // Someone else rolled it over first.
        }
        return period;
    }

    private Attempt update(String orgId, UpdateExpr e) {
        StringBuilder update = new StringBuilder("SET ").append(String.join(", ", e.set));
        update.append(" ADD #applied :ops");
        if (!e.remove.isEmpty()) {
            update.append(" REMOVE ").append(String.join(", ", e.remove));
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("attribute_exists(pk)");
        conditions.add("#period = :period");
        conditions.add("NOT contains(#applied, :op)");
        // Stored numbers stay in range (and of type N): a damaged item fails here and is refused, never written.
        e.values.put(":zero", n(0));
        e.values.put(":max", n(MAX_CREDITS));
        e.values.put(":ceiling", n(e.ceiling));
        conditions.add("#balance BETWEEN :zero AND :ceiling");
        conditions.add("#allowance BETWEEN :zero AND :ceiling");
        conditions.add("#used BETWEEN :zero AND :max");
        if (consistency == Consistency.EVENTUAL) {
            e.names.put("#home", HOME);
            e.values.put(":region", AttributeValue.fromS(region));
            conditions.add("#home = :region");
        }
        conditions.addAll(e.conditions);
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(b -> b.tableName(table).key(Keys.account(orgId))
                    .updateExpression(update.toString())
                    .conditionExpression(String.join(" AND ", conditions))
                    .expressionAttributeNames(e.names)
                    .expressionAttributeValues(e.values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
            return new Attempt(Account.fromItem(after), null);
        } catch (ConditionalCheckFailedException failed) {
            boolean exists = failed.hasItem() && !failed.item().isEmpty();
            return new Attempt(null, exists ? Account.fromItem(failed.item()) : null);
        }
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private record Attempt(Account after, Account before) { }
}
