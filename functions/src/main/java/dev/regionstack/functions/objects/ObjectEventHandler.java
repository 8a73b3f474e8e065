package dev.regionstack.functions.objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.regionstack.functions.Services;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data processor: consumes the queue that the region's data bucket notifies of object creation, and records
 * each object in the environment's table ({@link ObjectRecords}). It reads only the event, never the object.
 * Answers partial batch failures (the event source mapping enables ReportBatchItemFailures): a message whose write
 * failed is retried; a message that is not an S3 event is failed too, so that after the queue's receive limit it
 * lands in the dead-letter queue where a person sees it, instead of being dropped.
 */
public final class ObjectEventHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final ObjectRecords records;

    public ObjectEventHandler() {
        this(Services.objectRecords());
    }

    public ObjectEventHandler(ObjectRecords records) {
        this.records = records;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Log.bind(context == null ? null : context.getAwsRequestId());
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            String id = String.valueOf(message.getMessageId());
            try {
                for (ObjectEvent object : ObjectEvent.fromMessageBody(message.getBody())) {
                    ObjectRecords.Outcome outcome = records.record(object);
                    Log.info("object processed", Map.of("bucket", object.bucket(), "key", object.key(),
                            "size", object.size(), "outcome", outcome.name()));
                    Metrics.count("processor", outcome == ObjectRecords.Outcome.RECORDED ? "ObjectsRecorded" : "ObjectsAlreadyRecorded");
                }
            } catch (ObjectEvent.NotAnS3Event e) {
                Log.error("a message that is not an S3 event notification; it goes to the dead-letter queue after its retries",
                        Map.of("messageId", id, "detail", e.getMessage()));
                failures.add(new SQSBatchResponse.BatchItemFailure(id));
            } catch (RuntimeException e) {
                Log.error("recording an object failed; the message will be retried", Map.of("messageId", id, "exception", e.toString()));
                failures.add(new SQSBatchResponse.BatchItemFailure(id));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
