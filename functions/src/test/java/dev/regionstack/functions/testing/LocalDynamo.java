package dev.regionstack.functions.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The real DynamoDB Local engine, in this JVM, on a random loopback port; started once per JVM and shared by every
 * test class (each test creates its own table, so tests stay independent).
 */
public final class LocalDynamo {
    private static LocalDynamo instance;

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient client;

    private LocalDynamo() throws Exception {
        int port = freePort();
        server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        endpoint = URI.create("http://localhost:" + port);
        client = client(new ExecutionInterceptor[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly));
    }

    /** A server of its own (its own in-memory database), e.g. one replica of a global table; stop it when done. */
    public static LocalDynamo startAnother() {
        try {
            return new LocalDynamo();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    /** A new client of this server; the interceptors see every call it makes. */
    public DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(o -> List.of(interceptors).forEach(o::addExecutionInterceptor))
                .build();
    }

    public void stop() {
        stopQuietly();
    }

    /** The shared server, started on first use. */
    public static synchronized LocalDynamo get() {
        if (instance == null) {
            try {
                instance = new LocalDynamo();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The shared client. */
    public DynamoDbClient client() {
        return client;
    }

    /** Creates a fresh table shaped like the data component's: pk (S), sk (S), on demand. Returns its name. */
    public String createTable() {
        String name = "credits-" + UUID.randomUUID();
        client.createTable(b -> b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        return name;
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // JVM is exiting anyway.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
