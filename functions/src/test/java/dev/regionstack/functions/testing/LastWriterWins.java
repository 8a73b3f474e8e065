package dev.regionstack.functions.testing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Replication between two replicas as multi-Region eventually consistent global tables do it: per item, the version
 * with the later write wins and overwrites the other replica's, whatever either held; items replicate independently.
 */
public final class LastWriterWins {
    private LastWriterWins() {
    }

    /** Brings every item written on either side up to date on both. Returns how many items were copied. */
    public static int replicate(Replica a, Replica b) {
        return replicate(a, b, pk -> true);
    }

    /** Replicates only the items whose partition key passes {@code which} (the rest stay in flight). */
    public static int replicate(Replica a, Replica b, Predicate<String> which) {
        Set<String> ids = new HashSet<>(a.lastWrite.keySet());
        ids.addAll(b.lastWrite.keySet());
        int copied = 0;
        for (String id : ids) {
            Replica.Write wa = a.lastWrite.get(id);
            Replica.Write wb = b.lastWrite.get(id);
            long ta = wa == null ? 0 : wa.tick();
            long tb = wb == null ? 0 : wb.tick();
            Replica.Write winner = ta > tb ? wa : wb;
            if (ta == tb || !which.test(winner.key().get("pk").s())) {
                continue;
            }
            copy(ta > tb ? a : b, ta > tb ? b : a, winner);
            copied++;
        }
        return copied;
    }

    private static void copy(Replica from, Replica to, Replica.Write write) {
        Map<String, AttributeValue> item = from.replicationClient.getItem(g -> g.tableName(from.table).key(write.key())
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            to.replicationClient.deleteItem(d -> d.tableName(to.table).key(write.key()));
        } else {
            to.replicationClient.putItem(p -> p.tableName(to.table).item(item));
        }
        to.lastWrite.put(Replica.id(write.key()), write);
    }
}
