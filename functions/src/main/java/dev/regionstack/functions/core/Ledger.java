package dev.regionstack.functions.core;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Idempotency records: the first caller of an id claims it with a conditional put (state PENDING, an owner token),
 * runs the operation, and stores the answer (state DONE); every other caller of the same id waits for and returns
 * that stored answer. Refusals (4xx that a later retry might turn into a success, such as 402) are not stored: the
 * claim is released so that a retry is evaluated afresh, and it still charges at most once.
 *
 * <p>Only single-item conditional writes, no transactions: multi-Region strongly consistent global tables do not
 * support TransactWriteItems. The operation itself must be idempotent on its id (the account item remembers the
 * ids in flight), which makes the takeover of a claim abandoned by a crashed caller safe.
 */
public final class Ledger {
    /** What an operation answered; {@code keep} stores it as the answer for every retry. */
    public record Outcome(int status, String body, boolean keep) {
    }

    /** What the caller answers: the stored or fresh outcome; {@code replayed} when it came from an earlier call. */
    public record Result(int status, String body, boolean replayed) {
    }

    /** The work done once per id; must be idempotent on that id (it may run again after a crash). */
    @FunctionalInterface
    public interface Operation {
        Outcome apply();
    }

    private static final String STATE = "state";
    private static final String OWNER = "owner";
    private static final String FINGERPRINT = "fingerprint";
    private static final String STARTED = "startedAt";
    private static final String STATUS = "status";
    private static final String BODY = "body";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Duration lease;
    private final Duration maxWait;

    /**
     * @param lease   how old a PENDING claim must be before another caller may take it over; must exceed the
     *                function timeout, so that the first owner is surely gone. Default in production: 60 s.
     * @param maxWait how long a duplicate waits for the first caller's answer before answering 409. Default: 5 s.
     */
    public Ledger(DynamoDbClient dynamo, String table, Clock clock, Duration lease, Duration maxWait) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.lease = lease;
        this.maxWait = maxWait;
    }

    /**
     * Runs {@code operation} once for {@code key}, or returns the answer stored by its first run.
     *
     * @param fingerprint the request's identity beyond its id; the same id with another fingerprint is refused (422)
     * @param retention   how long the record is kept (TTL); null keeps it forever (payments)
     * @param afterStored cleanup run once the answer is stored (the account forgets the id in flight)
     */
    public Result run(Map<String, AttributeValue> key, String fingerprint, Duration retention, Operation operation,
            Runnable afterStored) {
        long deadline = clock.millis() + maxWait.toMillis();
        while (true) {
            String token = UUID.randomUUID().toString();
            Map<String, AttributeValue> existing = claim(key, fingerprint, retention, token);
            // Our own claim: the SDK retried a put whose first attempt had succeeded after all.
            if (existing == null || token.equals(str(existing, OWNER))) {
                return finish(key, token, applyOrRelease(key, token, operation), afterStored);
            }
            if (!fingerprint.equals(str(existing, FINGERPRINT))) {
                throw new ApiException(422, "idempotency_key_reused",
                        "this id was already used for a different request; use a new id");
            }
            if ("DONE".equals(str(existing, STATE))) {
                return stored(existing);
            }
            long started = Long.parseLong(existing.get(STARTED).n());
            if (clock.millis() - started > lease.toMillis()) {
                String taken = UUID.randomUUID().toString();
                if (takeOver(key, str(existing, OWNER), taken)) {
                    Log.warn("took over an abandoned idempotency claim", Map.of("pk", key.get(Keys.PK).s()));
                    return finish(key, taken, applyOrRelease(key, taken, operation), afterStored);
                }
                continue;
            }
            if (clock.millis() > deadline) {
                throw new ApiException(409, "request_in_progress",
                        "a request with this id is still being processed; retry shortly");
            }
            pause();
        }
    }

    /** Null when this caller now owns the id; otherwise the existing record. */
    private Map<String, AttributeValue> claim(Map<String, AttributeValue> key, String fingerprint, Duration retention,
            String token) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(STATE, AttributeValue.fromS("PENDING"));
        item.put(OWNER, AttributeValue.fromS(token));
        item.put(FINGERPRINT, AttributeValue.fromS(fingerprint));
        item.put(STARTED, AttributeValue.fromN(Long.toString(clock.millis())));
        if (retention != null) {
            long expiresAt = clock.instant().plus(retention).getEpochSecond();
            item.put(Keys.TTL, AttributeValue.fromN(Long.toString(expiresAt)));
        }
        long nowSeconds = Math.floorDiv(clock.millis(), 1000);
        try {
            // An expired record counts as absent whether or not DynamoDB's TTL process (which may lag by days) has
            // deleted it yet, so the replay window is exactly the retention: the claim replaces it.
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR #ttl <= :now")
                    .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(nowSeconds))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return null;
        } catch (ConditionalCheckFailedException e) {
            if (e.hasItem() && !e.item().isEmpty()) {
                return e.item();
            }
            // Released between our put and its check: read what is there now (or claim again).
            Map<String, AttributeValue> now = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
            return now == null || now.isEmpty() || expired(now, nowSeconds) ? claim(key, fingerprint, retention, token) : now;
        }
    }

    /**
     * A record with {@code ttl = T} (epoch seconds, the claim time plus the retention) is honoured while the clock
     * reads before second T, and is expired from T on: the window is the retention, to the second.
     */
    static boolean expired(Map<String, AttributeValue> record, long nowSeconds) {
        AttributeValue ttl = record.get(Keys.TTL);
        if (ttl == null || ttl.n() == null) {
            return false;
        }
        try {
            return new BigDecimal(ttl.n()).compareTo(BigDecimal.valueOf(nowSeconds)) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A failed operation (e.g. DynamoDB unavailable) releases the claim at once, so a retry need not wait. */
    private Outcome applyOrRelease(Map<String, AttributeValue> key, String token, Operation operation) {
        try {
            return operation.apply();
        } catch (RuntimeException e) {
            release(key, token);
            throw e;
        }
    }

    private void release(Map<String, AttributeValue> key, String token) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key)
                    .conditionExpression("#owner = :token")
                    .expressionAttributeNames(Map.of("#owner", OWNER))
                    .expressionAttributeValues(Map.of(":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException e) {
            // Taken over by another caller, who will store its own answer.
        }
    }

    private Result finish(Map<String, AttributeValue> key, String token, Outcome outcome, Runnable afterStored) {
        if (!outcome.keep()) {
            release(key, token);
            return new Result(outcome.status(), outcome.body(), false);
        }
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET #state = :done, #status = :status, #body = :body")
                    .conditionExpression("#owner = :token")
                    .expressionAttributeNames(Map.of("#state", STATE, "#status", STATUS, "#body", BODY, "#owner", OWNER))
                    .expressionAttributeValues(Map.of(
                            ":done", AttributeValue.fromS("DONE"),
                            ":status", AttributeValue.fromN(Integer.toString(outcome.status())),
                            ":body", AttributeValue.fromS(outcome.body()),
                            ":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException e) {
            // Another caller took the claim over; its stored answer is the one every caller returns.
            Map<String, AttributeValue> now = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
            if (now != null && "DONE".equals(str(now, STATE))) {
                return stored(now);
            }
            return new Result(outcome.status(), outcome.body(), false);
        }
        try {
            afterStored.run();
        } catch (RuntimeException e) {
            // The answer is stored; a leftover id in the account's applied set is harmless (and small).
            Log.warn("cleanup after storing an answer failed", Map.of("pk", key.get(Keys.PK).s(), "exception", e.toString()));
        }
        return new Result(outcome.status(), outcome.body(), false);
    }

    private boolean takeOver(Map<String, AttributeValue> key, String oldOwner, String newOwner) {
        return PendingClaims.takeOver(dynamo, table, key, STARTED, oldOwner, newOwner, clock.millis());
    }

    private static Result stored(Map<String, AttributeValue> item) {
        return new Result(Integer.parseInt(item.get(STATUS).n()), str(item, BODY), true);
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a duplicate request", e);
        }
    }
}
