package dev.regionstack.functions;

import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.credits.Accounts;
import dev.regionstack.functions.credits.CreditsService;
import dev.regionstack.functions.notify.SesEmailSender;
import dev.regionstack.functions.notify.SqsNotificationPublisher;
import dev.regionstack.functions.notify.ThresholdMailer;
import dev.regionstack.functions.notify.ThresholdOutbox;
import dev.regionstack.functions.objects.ObjectRecords;
import dev.regionstack.functions.payments.HttpPaymentProcessor;
import dev.regionstack.functions.payments.PaymentService;
import dev.regionstack.functions.payments.SsmParameterStore;
import dev.regionstack.functions.usage.UsageService;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.warmup.SdkWarmUp;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Production wiring from the environment: TABLE_NAME, CONSISTENCY, AWS_REGION, PRIMARY_REGION, NOTIFICATION_QUEUE_URL,
 * PAYMENT_ENDPOINT_PARAMETER, SES_FROM_ADDRESS, SES_TEMPLATE_PREFIX, and optionally ADMIN_GROUP (default admin).
 * Each SDK client sits in its own holder class, so a handler builds only the clients it uses, once per container,
 * during init (which SnapStart snapshots). The SDK also honours AWS_ENDPOINT_URL_DYNAMODB and friends, which the
 * cold-start benchmark uses to point the real handler at DynamoDB Local.
 */
public final class Services {
    /** A claim older than this is presumed abandoned; must exceed the functions' timeout (API Gateway's is 29 s). */
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration DUPLICATE_WAIT = Duration.ofSeconds(5);

    private Services() {
    }

    public static UsageService usage() {
        prime(DynamoDbClient.class, SqsClient.class);
        Accounts accounts = accounts();
        ThresholdOutbox outbox = new ThresholdOutbox(Dynamo.CLIENT, table(), accounts,
                new SqsNotificationPublisher(Sqs.CLIENT, required("NOTIFICATION_QUEUE_URL")), Clock.systemUTC(), LEASE);
        return new UsageService(accounts, ledger(), outbox);
    }

    public static CreditsService credits() {
        prime(DynamoDbClient.class);
        return new CreditsService(accounts(), ledger());
    }

    public static PaymentService payments() {
        prime(DynamoDbClient.class, SsmClient.class);
        String parameter = required("PAYMENT_ENDPOINT_PARAMETER");
        SsmParameterStore ssm = new SsmParameterStore(Ssm.CLIENT);
        return new PaymentService(new HttpPaymentProcessor(once(() -> ssm.get(parameter))), credits());
    }

    public static ThresholdMailer mailer() {
        prime(DynamoDbClient.class, SesV2Client.class);
        return new ThresholdMailer(Dynamo.CLIENT, table(), new SesEmailSender(Ses.CLIENT, required("SES_FROM_ADDRESS")),
                required("SES_TEMPLATE_PREFIX"), Clock.systemUTC(), LEASE);
    }

    /** The data processor's record of objects (TABLE_NAME only: it needs no consistency mode, see ObjectRecords). */
    public static ObjectRecords objectRecords() {
        prime(DynamoDbClient.class);
        return new ObjectRecords(Dynamo.CLIENT, table(), Clock.systemUTC());
    }

    public static String adminGroup() {
        String group = System.getenv("ADMIN_GROUP");
        return group == null || group.isBlank() ? "admin" : group;
    }

    /**
     * Runs the SDK's own warm-up (canned responses through each client's request path, no network) during init, so
     * the classes a first request needs are loaded before SnapStart takes its snapshot. Never fails the init.
     */
    @SafeVarargs
    static void prime(Class<? extends SdkClient>... clients) {
        try {
            for (Class<? extends SdkClient> client : clients) {
                SdkWarmUp.warmUp(client);
            }
        } catch (RuntimeException | LinkageError e) {
            Log.warn("SDK warm-up skipped", java.util.Map.of("exception", e.toString()));
        }
    }

    private static Accounts accounts() {
        Consistency consistency = Consistency.parse(System.getenv("CONSISTENCY"));
        String region = required("AWS_REGION");
        return new Accounts(Dynamo.CLIENT, table(), consistency, region,
                primaryRegion(consistency, region, System.getenv("PRIMARY_REGION")), Clock.systemUTC());
    }

    /**
     * Eventual mode creates orgs only in the primary region, so it must be told which that is (a default would let
     * every region believe it is the one). Strong mode creates anywhere; the value is then informational.
     */
    static String primaryRegion(Consistency consistency, String region, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (consistency == Consistency.EVENTUAL) {
            throw new IllegalStateException("PRIMARY_REGION is not set (required with CONSISTENCY=EVENTUAL)");
        }
        return region;
    }

    private static Ledger ledger() {
        return new Ledger(Dynamo.CLIENT, table(), Clock.systemUTC(), LEASE, DUPLICATE_WAIT);
    }

    private static String table() {
        return required("TABLE_NAME");
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }

    /** Memoises the first successful value: "once per container"; a failure is retried on the next call. */
    static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = supplier.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    private static final class Shared {
        static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(5))
                .build();
        static final AwsCredentialsProvider CREDENTIALS = DefaultCredentialsProvider.builder().build();
        static final Region REGION = Region.of(required("AWS_REGION"));
        static final ClientOverrideConfiguration OVERRIDES = ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(10))
                .apiCallAttemptTimeout(Duration.ofSeconds(3))
                .build();
    }

    private static final class Dynamo {
        static final DynamoDbClient CLIENT = DynamoDbClient.builder().httpClient(Shared.HTTP)
                .credentialsProvider(Shared.CREDENTIALS).region(Shared.REGION)
                .overrideConfiguration(Shared.OVERRIDES).build();
    }

    private static final class Sqs {
        static final SqsClient CLIENT = SqsClient.builder().httpClient(Shared.HTTP)
                .credentialsProvider(Shared.CREDENTIALS).region(Shared.REGION)
                .overrideConfiguration(Shared.OVERRIDES).build();
    }

    private static final class Ses {
        static final SesV2Client CLIENT = SesV2Client.builder().httpClient(Shared.HTTP)
                .credentialsProvider(Shared.CREDENTIALS).region(Shared.REGION)
                .overrideConfiguration(Shared.OVERRIDES).build();
    }

    private static final class Ssm {
        static final SsmClient CLIENT = SsmClient.builder().httpClient(Shared.HTTP)
                .credentialsProvider(Shared.CREDENTIALS).region(Shared.REGION)
                .overrideConfiguration(Shared.OVERRIDES).build();
    }
}
