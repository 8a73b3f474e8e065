package dev.regionstack.functions.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.credits.Account;
import dev.regionstack.functions.credits.Accounts;
import dev.regionstack.functions.credits.CreditsService;
import dev.regionstack.functions.credits.GrantCreditsHandler;
import dev.regionstack.functions.notify.NotificationPublisher;
import dev.regionstack.functions.notify.ThresholdNotification;
import dev.regionstack.functions.notify.ThresholdOutbox;
import dev.regionstack.functions.usage.UsageCheckHandler;
import dev.regionstack.functions.usage.UsageService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The services wired as in production, against a fresh table in DynamoDB Local, for one region and consistency
 * mode. Only the SQS side is replaced: by {@link RecordingPublisher}, this module's own port.
 */
public final class Fixture {
    public final DynamoDbClient dynamo;
    public final String table;
    public final String region;
    /** The environment's primary region (where eventual mode creates orgs): the first fixture's region. */
    public final String primaryRegion;
    public final RecordingPublisher published = new RecordingPublisher();
    public final Accounts accounts;
    public final Ledger ledger;
    public final UsageService usage;
    public final CreditsService credits;
    public final UsageCheckHandler usageHandler;
    public final GrantCreditsHandler grantHandler;

    /** In the primary region. */
    public Fixture(Consistency consistency, String region) {
        this(LocalDynamo.get().client(), LocalDynamo.get().createTable(), consistency, region, region, Clock.systemUTC());
    }

    /** With a clock the test moves (period rollover, abandoned claims). */
    public Fixture(Consistency consistency, String region, Clock clock) {
        this(LocalDynamo.get().client(), LocalDynamo.get().createTable(), consistency, region, region, clock);
    }

    /**
     * Another region's functions over the same table: a replica that replicates instantly. For real
     * last-writer-wins replication between two replicas, see {@link Replica}.
     */
    public Fixture inRegion(Consistency consistency, String otherRegion) {
        return new Fixture(dynamo, table, consistency, otherRegion, primaryRegion, Clock.systemUTC());
    }

    /** One region's functions over the given table (e.g. one {@link Replica}'s). */
    public Fixture(DynamoDbClient dynamo, String table, Consistency consistency, String region, String primaryRegion,
            Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.region = region;
        this.primaryRegion = primaryRegion;
        accounts = new Accounts(dynamo, table, consistency, region, primaryRegion, clock);
        ledger = new Ledger(dynamo, table, clock, Duration.ofSeconds(60), Duration.ofSeconds(10));
        usage = new UsageService(accounts, ledger,
                new ThresholdOutbox(dynamo, table, accounts, published, clock, Duration.ofSeconds(60)));
        credits = new CreditsService(accounts, ledger);
        usageHandler = new UsageCheckHandler(usage);
        grantHandler = new GrantCreditsHandler(credits, "admin");
    }

    /** Creates the org with {@code credits} through the real grant path. */
    public void org(String orgId, long credits) {
        org(orgId, credits, Map.of());
    }

    public void org(String orgId, long credits, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("grantId", "seed-" + orgId, "credits", credits));
        body.putAll(extra);
        APIGatewayProxyResponseEvent response = grantHandler.handleRequest(adminPost(orgId, Json.write(body)), null);
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("seeding " + orgId + " failed: " + response.getBody());
        }
    }

    public Account account(String orgId) {
        return accounts.get(orgId).orElseThrow();
    }

    public APIGatewayProxyResponseEvent usageCheck(String body) {
        return usageHandler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST").withBody(body), null);
    }

    public APIGatewayProxyResponseEvent debit(String orgId, String userId, long units, String requestId) {
        return usageCheck(Json.write(Map.of("orgId", orgId, "userId", userId, "units", units, "requestId", requestId)));
    }

    public static APIGatewayProxyRequestEvent adminPost(String orgId, String body) {
        return withClaims(orgId, body, Map.of("sub", "admin-user", "cognito:groups", "admin"));
    }

    public static APIGatewayProxyRequestEvent withClaims(String orgId, String body, Map<String, Object> claims) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setAuthorizer(Map.of("claims", claims));
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withBody(body)
                .withPathParameters(Map.of("orgId", orgId)).withRequestContext(context);
    }

    /** Parses a JSON response body. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(APIGatewayProxyResponseEvent response) {
        return (Map<String, Object>) Json.parse(response.getBody());
    }

    /** Counts what would have gone to the notification queue. */
    public static final class RecordingPublisher implements NotificationPublisher {
        private final List<ThresholdNotification> messages = new CopyOnWriteArrayList<>();

        @Override
        public void publish(ThresholdNotification notification) {
            messages.add(notification);
        }

        public List<ThresholdNotification> messages() {
            return List.copyOf(messages);
        }
    }
}
