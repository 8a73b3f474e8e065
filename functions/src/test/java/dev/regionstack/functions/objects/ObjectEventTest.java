package dev.regionstack.functions.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectEventTest {
    @Test
    void otherEventTypesAreSkipped() {
        String removed = ObjectEventHandlerTest.created("k", 1, "e", "v", "01").replace("ObjectCreated:Put", "ObjectRemoved:Delete");

        assertThat(ObjectEvent.fromMessageBody(removed)).isEmpty();
    }

    @Test
    void sequencersCompareAsS3SaysAfterNormalising() {
        assertThat(ObjectEvent.normalisedSequencer("0062e99a88dc4074")).isLessThan(ObjectEvent.normalisedSequencer("0062E99A88DC407461"));
        assertThat(ObjectEvent.normalisedSequencer("01")).hasSize(ObjectEvent.SEQUENCER_WIDTH).startsWith("010");
    }

    @Test
    void aNegativeSizeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ObjectEvent.fromMessageBody(ObjectEventHandlerTest.created("k", -1, "e", "v", "01")))
                .isInstanceOf(ObjectEvent.NotAnS3Event.class).hasMessage("the object's size is not a whole number of bytes");
    }

    @Test
    void aMessageWithoutRecordsIsRefused() {
        assertThatThrownBy(() -> ObjectEvent.fromMessageBody("{\"hello\":1}"))
                .isInstanceOf(ObjectEvent.NotAnS3Event.class).hasMessage("the message has no Records array");
    }
}
