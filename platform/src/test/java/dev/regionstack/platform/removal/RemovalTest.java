package dev.regionstack.platform.removal;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalTest {
    @Test
    void retainsDataOnlyWhenTheSizingSaysSo() {
        assertThat(Removal.of(true)).isEqualTo(RemovalPolicy.RETAIN);
        assertThat(Removal.of(false)).isEqualTo(RemovalPolicy.DESTROY);
    }

    @Test
    void aPropsRecordRetainsUnlessToldOtherwise() {
        assertThat(Removal.orRetain(null)).isEqualTo(RemovalPolicy.RETAIN);
        assertThat(Removal.orRetain(RemovalPolicy.DESTROY)).isEqualTo(RemovalPolicy.DESTROY);
        assertThat(Removal.orRetain(RemovalPolicy.SNAPSHOT)).isEqualTo(RemovalPolicy.SNAPSHOT);
    }
}
