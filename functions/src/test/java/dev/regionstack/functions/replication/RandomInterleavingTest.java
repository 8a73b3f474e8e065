package dev.regionstack.functions.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.testing.Fixture;
import dev.regionstack.functions.testing.LastWriterWins;
import dev.regionstack.functions.testing.Replica;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random interleavings of creations, grants, debits and retries (of earlier ids, sent to either region) across two
 * replicas, with replication of random subsets of items in between (items replicate independently), by clients
 * that follow 421 to the region it names. Whatever the order, after replication both replicas hold the same items
 * and every org's balance is exactly its accepted grants minus its accepted debits, each id counted once.
 */
class RandomInterleavingTest {
    private static final String PRIMARY = "eu-west-2";
    private static final String OTHER = "us-east-1";
    private static final List<String> ORGS = List.of("acme", "globex", "initech");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void nothingIsLostAndBothReplicasConverge(long seed) {
        Random random = new Random(seed);
        AtomicLong clock = new AtomicLong();
        try (Replica a = new Replica(PRIMARY, clock); Replica b = new Replica(OTHER, clock)) {
            Map<String, Fixture> regions = Map.of(
                    PRIMARY, new Fixture(a.dynamo, a.table, Consistency.EVENTUAL, PRIMARY, PRIMARY, Clock.systemUTC()),
                    OTHER, new Fixture(b.dynamo, b.table, Consistency.EVENTUAL, OTHER, PRIMARY, Clock.systemUTC()));
            List<Request> sent = new ArrayList<>();
            Set<Request> accepted = new TreeSet<>();
            for (int step = 0; step < 40; step++) {
                int dice = random.nextInt(10);
                if (dice == 0) {
                    LastWriterWins.replicate(a, b, pk -> random.nextBoolean());
                    continue;
                }
                Request request = dice <= 2 && !sent.isEmpty() ? sent.get(random.nextInt(sent.size()))
                        : Request.random(random, sent.size());
                sent.add(request);
                String start = random.nextBoolean() ? PRIMARY : OTHER;
                if (send(regions, start, request) == 200) {
                    accepted.add(request);
                }
            }
            LastWriterWins.replicate(a, b);

            assertThat(a.contents()).isEqualTo(b.contents());
            Map<String, Long> expected = new TreeMap<>();
            for (Request r : accepted) {
                expected.merge(r.orgId, r.grant ? r.amount : -r.amount, Long::sum);
            }
            Map<String, Long> actual = new TreeMap<>();
            for (String org : ORGS) {
                regions.get(PRIMARY).accounts.get(org).ifPresent(acc -> actual.put(org, acc.balance()));
                assertThat(regions.get(OTHER).accounts.get(org).map(acc -> acc.balance()))
                        .isEqualTo(regions.get(PRIMARY).accounts.get(org).map(acc -> acc.balance()));
            }
            assertThat(actual).as("seed %d, accepted %s", seed, accepted).isEqualTo(expected);
        }
    }

    /** Sends to {@code region}, following 421 up to three times; answers the last status. */
    private static int send(Map<String, Fixture> regions, String region, Request request) {
        int status = 0;
        for (int hop = 0; hop < 4; hop++) {
            APIGatewayProxyResponseEvent response = request.to().apply(regions.get(region));
            status = response.getStatusCode();
            if (status != 421) {
                return status;
            }
            region = (String) Fixture.body(response).get("homeRegion");
        }
        return status;
    }

    /** One API request, identified by its id: sending it again is a retry. */
    private record Request(boolean grant, String orgId, String id, long amount) implements Comparable<Request> {
        static Request random(Random random, int n) {
            String org = ORGS.get(random.nextInt(ORGS.size()));
            boolean grant = random.nextInt(3) == 0;
            return new Request(grant, org, (grant ? "g" : "r") + n, grant ? 1 + random.nextInt(50) : 1 + random.nextInt(20));
        }

        Function<Fixture, APIGatewayProxyResponseEvent> to() {
            if (!grant) {
                return f -> f.debit(orgId, "u", amount, id);
            }
            Map<String, Object> body = new LinkedHashMap<>(Map.of("grantId", id, "credits", amount));
            if (orgId.equals("globex")) {
                body.put("homeRegion", OTHER); // globex is created (in the primary) homed in the other region
            }
            String json = Json.write(body);
            return f -> f.grantHandler.handleRequest(Fixture.adminPost(orgId, json), null);
        }

        @Override
        public int compareTo(Request o) {
            return id.compareTo(o.id);
        }
    }
}
