package dev.regionstack.functions.stream;

import dev.regionstack.functions.core.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the stream's Firehose transformation does to one record: a JSON object becomes one compact line of JSON
 * followed by a newline (Athena's and Glue's JSON SerDes read one object per line; producers put records without
 * separators, and pretty-printed ones across lines). A blank record is dropped; anything else (not UTF-8, not
 * JSON, a JSON value other than an object) is a processing failure, which Firehose delivers under the bucket's
 * error prefix untouched.
 */
public final class RecordTransform {
    /** Firehose's three results. */
    public enum Result { Ok, Dropped, ProcessingFailed }

    /** @param data the record's new payload (for {@code Ok}); the original one otherwise */
    public record Outcome(Result result, byte[] data) {}

    private RecordTransform() {}

    public static Outcome apply(byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new Outcome(Result.ProcessingFailed, data);
        }
        if (text.isBlank()) return new Outcome(Result.Dropped, data);
        Object value;
        try {
            value = Json.parse(text);
        } catch (Json.MalformedJsonException e) {
            return new Outcome(Result.ProcessingFailed, data);
        }
        if (!(value instanceof Map<?, ?>)) return new Outcome(Result.ProcessingFailed, data);
        return new Outcome(Result.Ok, (Json.write(value) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
