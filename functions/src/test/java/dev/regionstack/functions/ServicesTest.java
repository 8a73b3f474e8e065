package dev.regionstack.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ServicesTest {
    @Test
    void onceRetriesAfterAFailureThenKeepsTheFirstValue() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> endpoint = Services.once(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("SSM throttled");
            }
            return "https://pay.example/v" + calls.get();
        });

        assertThatThrownBy(endpoint::get).hasMessage("SSM throttled");
        assertThat(endpoint.get()).isEqualTo("https://pay.example/v2");
        assertThat(endpoint.get()).isEqualTo("https://pay.example/v2");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aMissingVariableNamesItself() {
        assertThatThrownBy(() -> Services.required("REGIONSTACK_SURELY_UNSET")).hasMessage("REGIONSTACK_SURELY_UNSET is not set");
    }

    @Test
    void eventualModeRequiresThePrimaryRegion() {
        assertThatThrownBy(() -> Services.primaryRegion(dev.regionstack.functions.core.Consistency.EVENTUAL, "us-east-1", " "))
                .hasMessage("PRIMARY_REGION is not set (required with CONSISTENCY=EVENTUAL)");
        assertThat(Services.primaryRegion(dev.regionstack.functions.core.Consistency.EVENTUAL, "us-east-1", "eu-west-2"))
                .isEqualTo("eu-west-2");
        assertThat(Services.primaryRegion(dev.regionstack.functions.core.Consistency.STRONG, "us-east-1", null))
                .isEqualTo("us-east-1");
    }
}
