package dev.regionstack.app.rollout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StackNamesTest {
    @Test
    void regionalStacksAreProjectEnvRegionLayer() {
        assertThat(StackNames.of("acme", "prod", "us-east-2", Layer.DATA)).isEqualTo("acme-prod-us-east-2-data");
    }

    @Test
    void globalStacksAreProjectEnvGlobalName() {
        assertThat(StackNames.of("acme", "prod", "us-east-2", Layer.GLOBAL_EDGE)).isEqualTo("acme-prod-global-edge");
        assertThat(StackNames.of("acme", "prod", null, Layer.GLOBAL_DNS)).isEqualTo("acme-prod-global-dns");
    }

    @Test
    void globalLayersLiveInTheirServiceHomeRegion() {
        assertThat(Layer.GLOBAL_EDGE.homeRegion()).isEqualTo("us-east-1");
        assertThat(Layer.GLOBAL_ACCELERATOR.homeRegion()).isEqualTo("us-west-2");
        assertThat(Layer.NETWORK.global()).isFalse();
    }
}
