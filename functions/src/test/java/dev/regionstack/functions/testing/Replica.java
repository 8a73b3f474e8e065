package dev.regionstack.functions.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One replica of a multi-Region eventually consistent global table: a DynamoDB Local server of its own, whose
 * client notes, for each item, when it was last written (a tick of a clock shared by all replicas, i.e. perfectly
 * synchronised region clocks). {@link LastWriterWins} replicates between replicas by those times, as global
 * tables do. Only successful writes are noted: a failed condition writes nothing.
 */
public final class Replica implements AutoCloseable {
    public final String region;
    public final DynamoDbClient dynamo;
    public final String table;
    final LocalDynamo server;
    /** Writes replicated in, not noted as this region's own. */
    final DynamoDbClient replicationClient;
    /** "pk|sk" -> [key, tick of the last write]. */
    final Map<String, Write> lastWrite = new ConcurrentHashMap<>();
    private final AtomicInteger ownWrites = new AtomicInteger();

    record Write(Map<String, AttributeValue> key, long tick) { }

    public Replica(String region, AtomicLong clock) {
        this.region = region;
        this.server = LocalDynamo.startAnother();
        this.dynamo = server.client(new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                Map<String, AttributeValue> key = writtenKey(context.request());
                if (key != null) {
                    lastWrite.put(id(key), new Write(key, clock.incrementAndGet()));
                    ownWrites.incrementAndGet();
                }
            }
        });
        this.replicationClient = server.client();
        this.table = server.createTable();
    }

    private static Map<String, AttributeValue> writtenKey(SdkRequest request) {
        if (request instanceof PutItemRequest put) {
            return Map.of("pk", put.item().get("pk"), "sk", put.item().get("sk"));
        }
        if (request instanceof UpdateItemRequest update) {
            return update.key();
        }
        if (request instanceof DeleteItemRequest delete) {
            return delete.key();
        }
        return null;
    }

    static String id(Map<String, AttributeValue> key) {
        return key.get("pk").s() + "|" + key.get("sk").s();
    }

    /** This replica's items, by "pk|sk", with string and number sets sorted (their order is not data). */
    public Map<String, Map<String, AttributeValue>> contents() {
        Map<String, Map<String, AttributeValue>> out = new TreeMap<>();
        replicationClient.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(item -> {
            Map<String, AttributeValue> normal = new HashMap<>(item);
            normal.replaceAll((name, v) -> v.hasSs() ? AttributeValue.fromSs(v.ss().stream().sorted().toList())
                    : v.hasNs() ? AttributeValue.fromNs(v.ns().stream().sorted().toList()) : v);
            out.put(id(item), normal);
        });
        return out;
    }

    /** How many writes this region has made itself (replicated writes not counted). */
    public int ownWrites() {
        return ownWrites.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
