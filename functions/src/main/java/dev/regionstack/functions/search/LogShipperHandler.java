package dev.regionstack.functions.search;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import dev.regionstack.functions.core.Log;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Indexes what a CloudWatch Logs subscription filter delivers into the region's OpenSearch domain
 * ({@code DOMAIN_ENDPOINT}, index {@code <INDEX_PREFIX>-yyyy.MM.dd}). A delivery OpenSearch could not take now
 * fails the invocation, so that Lambda retries it (the document ids make that idempotent); documents it refuses are
 * counted in the function's log and dropped, since they would be refused again.
 */
public final class LogShipperHandler implements RequestHandler<CloudWatchLogsEvent, String> {
    private final SignedHttp http;
    private final String indexPrefix;

    public LogShipperHandler() {
        this(new SignedHttp(URI.create("https://" + required("DOMAIN_ENDPOINT")), required("AWS_REGION"),
                EnvironmentVariableCredentialsProvider.create()), required("INDEX_PREFIX"));
    }

    LogShipperHandler(SignedHttp http, String indexPrefix) {
        this.http = http;
        this.indexPrefix = indexPrefix;
    }

    @Override
    public String handleRequest(CloudWatchLogsEvent event, Context context) {
        if (context != null) Log.bind(context.getAwsRequestId());
        LogBatch batch = LogBatch.decode(event.getAwsLogs().getData());
        if (batch.control() || batch.events().isEmpty()) return "nothing to index";
        SignedHttp.Response response;
        try {
            response = http.post("/_bulk", "application/x-ndjson", BulkRequest.body(indexPrefix, batch));
        } catch (IOException e) {
            throw new IllegalStateException("the domain did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("the domain answered " + response.status() + " to _bulk: " + abbreviate(response.body()));
        }
        BulkResult result = BulkResult.parse(response.body());
        Map<String, Object> fields = Map.of("logGroup", batch.logGroup(), "indexed", result.indexed(),
                "retryable", result.retryable(), "refused", result.refused());
        if (result.retryable() > 0) {
            Log.warn("some documents can be indexed later; failing the delivery so that Lambda retries it", fields);
            throw new IllegalStateException(result.retryable() + " of " + batch.events().size() + " documents were not indexed yet");
        }
        if (result.refused() > 0) Log.warn("the domain refused documents", fields);
        else Log.info("indexed", fields);
        return "indexed " + result.indexed();
    }

    private static String abbreviate(String text) { return text.length() > 300 ? text.substring(0, 300) + "…" : text; }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) throw new IllegalStateException(name + " is not set");
        return value;
    }
}
