package dev.regionstack.functions.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event stream's Firehose transformation ({@code messaging.stream.transform: true}): Firehose hands a batch
 * {@code {"records":[{"recordId","data"(base64),...}]}} and takes back every record id with a {@code result} and
 * base64 {@code data} ({@link RecordTransform} decides both). Reads and writes the event with this module's own
 * JSON, so no event class or serializer is involved. Calls no AWS API.
 */
public final class StreamTransformHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.bind(context == null ? null : context.getAwsRequestId());
        Object event = Json.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        output.write(Json.write(transform(event)).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer to one Firehose invocation; a batch that is not Firehose's shape fails the invocation (Firehose retries it). */
    static Map<String, Object> transform(Object event) {
        if (!(event instanceof Map<?, ?> batch) || !(batch.get("records") instanceof List<?> records)) {
            throw new IllegalArgumentException("not a Firehose transformation event: no records array");
        }
        Map<RecordTransform.Result, Integer> counts = new EnumMap<>(RecordTransform.Result.class);
        List<Object> out = new ArrayList<>(records.size());
        for (Object r : records) {
            if (!(r instanceof Map<?, ?> record) || !(record.get("recordId") instanceof String id)) {
                throw new IllegalArgumentException("not a Firehose transformation event: a record without recordId");
            }
            String data = record.get("data") instanceof String d ? d : "";
            RecordTransform.Outcome outcome;
            try {
                outcome = RecordTransform.apply(Base64.getDecoder().decode(data));
            } catch (IllegalArgumentException badBase64) {
                outcome = new RecordTransform.Outcome(RecordTransform.Result.ProcessingFailed, new byte[0]);
            }
            counts.merge(outcome.result(), 1, Integer::sum);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("recordId", id);
            answer.put("result", outcome.result().name());
            answer.put("data", outcome.result() == RecordTransform.Result.ProcessingFailed && outcome.data().length == 0
                    ? data : Base64.getEncoder().encodeToString(outcome.data()));
            out.add(answer);
        }
        Log.info("stream records transformed", Map.of("records", records.size(), "results", counts.toString()));
        return Map.of("records", out);
    }
}
