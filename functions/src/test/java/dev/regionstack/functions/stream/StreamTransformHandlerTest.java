package dev.regionstack.functions.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regionstack.functions.core.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Firehose transformation end to end: a Firehose-shaped event in, Firehose's answer shape out. */
class StreamTransformHandlerTest {
    private static String b64(byte[] bytes) { return Base64.getEncoder().encodeToString(bytes); }

    private static String b64(String text) { return b64(text.getBytes(StandardCharsets.UTF_8)); }

    private static List<Map<String, Object>> run(String... data) throws Exception {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            if (i > 0) records.append(',');
            records.append("{\"recordId\":\"r").append(i).append("\",\"approximateArrivalTimestamp\":1764766800000,\"data\":\"")
                    .append(data[i]).append("\"}");
        }
        String event = "{\"invocationId\":\"i\",\"deliveryStreamArn\":\"arn:aws:firehose:eu-west-2:123456789012:deliverystream/s\","
                + "\"region\":\"eu-west-2\",\"records\":[" + records + "]}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamTransformHandler().handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answer = (List<Map<String, Object>>) ((Map<?, ?>) Json.parse(out.toString(StandardCharsets.UTF_8))).get("records");
        return answer;
    }

    private static String decoded(Map<String, Object> record) {
        return new String(Base64.getDecoder().decode((String) record.get("data")), StandardCharsets.UTF_8);
    }

    @Test
    void aJsonObjectBecomesOneNewlineTerminatedLine() throws Exception {
        List<Map<String, Object>> answer = run(b64("{\n  \"orgId\": \"acme\",\n  \"units\": 5\n}"));

        assertThat(answer).hasSize(1);
        assertThat(answer.get(0)).containsEntry("recordId", "r0").containsEntry("result", "Ok");
        assertThat(decoded(answer.get(0))).isEqualTo("{\"orgId\":\"acme\",\"units\":5}\n");
    }

    @Test
    void malformedRecordsFailAloneAndKeepTheirData() throws Exception {
        String notJson = b64("{\"orgId\": ");
        String array = b64("[1,2]");
        String notUtf8 = b64(new byte[] {(byte) 0xC3, (byte) 0x28});

        List<Map<String, Object>> answer = run(notJson, b64("{\"ok\":true}"), array, notUtf8, "%%%not-base64");

        assertThat(answer).extracting(r -> r.get("result"))
                .containsExactly("ProcessingFailed", "Ok", "ProcessingFailed", "ProcessingFailed", "ProcessingFailed");
        assertThat(answer).extracting(r -> r.get("recordId")).containsExactly("r0", "r1", "r2", "r3", "r4");
        assertThat(answer.get(0).get("data")).isEqualTo(notJson);
        assertThat(answer.get(4).get("data")).isEqualTo("%%%not-base64");
    }

    @Test
    void aBlankRecordIsDropped() throws Exception {
        assertThat(run(b64("  \n")).get(0)).containsEntry("result", "Dropped");
    }

    @Test
    void anEventWithoutRecordsFailsTheInvocation() {
        assertThatThrownBy(() -> StreamTransformHandler.transform(Map.of("invocationId", "i")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a Firehose transformation event: no records array");
    }
}
