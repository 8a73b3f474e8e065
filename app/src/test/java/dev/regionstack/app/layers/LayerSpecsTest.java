package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.fleet.model.Component;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LayerSpecsTest {
    private static List<LayerSpec> all() {
        List<LayerSpec> all = new ArrayList<>(LayerSpecs.regional());
        all.addAll(LayerSpecs.global());
        all.addAll(LayerSpecs.fleet());
        return all;
    }

    @Test
    void everyLayerHasItsOwnSpecOfItsKind() {
        for (Layer layer : Layer.values()) {
            LayerSpec spec = LayerSpecs.of(layer);
            assertThat(spec.layer()).isEqualTo(layer);
            assertThat(spec instanceof GlobalLayer).as("%s is global", layer).isEqualTo(layer.global());
            assertThat(spec instanceof FleetLayer).as("%s is fleet-wide", layer)
                    .isEqualTo(layer == Layer.PIPELINE || layer == Layer.PIPELINE_ARTIFACTS);
        }
    }

    @Test
    void theListsHoldEverySpecOnce() {
        assertThat(all().stream().map(LayerSpec::layer)).containsExactlyInAnyOrder(Layer.values());
        assertThat(all()).allSatisfy(s -> assertThat(s).isSameAs(LayerSpecs.of(s.layer())));
    }

    @Test
    void regionalLayersComeInLayerOrderAndDnsPrecedesTheEdge() {
        List<Layer> regional = LayerSpecs.regional().stream().map(LayerSpec::layer).toList();
        assertThat(regional).isSorted();
        assertThat(regional).startsWith(Layer.SECURITY, Layer.NETWORK, Layer.DATA);
        List<Layer> global = LayerSpecs.global().stream().map(LayerSpec::layer).toList();
        assertThat(global.indexOf(Layer.GLOBAL_DNS)).isLessThan(global.indexOf(Layer.GLOBAL_EDGE));
        assertThat(LayerSpecs.fleet().stream().map(LayerSpec::layer)).containsExactly(Layer.PIPELINE_ARTIFACTS, Layer.PIPELINE);
    }

    @Test
    void everyComponentBringsALayer() {
        EnumSet<Component> brought = EnumSet.noneOf(Component.class);
        all().forEach(s -> s.component().ifPresent(brought::add));
        assertThat(brought).containsExactlyInAnyOrder(Component.values());
        // the Region switch plans follow from app/data in two regions or more, not from a component of their own
        assertThat(LayerSpecs.of(Layer.GLOBAL_RESILIENCE).component()).isEqualTo(Optional.empty());
    }

    /**
     * Termination protection (with deletionProtection) goes to the stacks holding keys, buckets, tables, databases,
     * stored metrics (Prometheus workspaces), dashboards made by hand (the Grafana workspace), images (ECR repositories)
     * and log indexes (OpenSearch).
     */
    @Test
    void onlyStacksThatHoldDataAreProtected() {
        assertThat(Arrays.stream(Layer.values()).filter(l -> LayerSpecs.of(l).holdsData()))
                .containsExactlyInAnyOrder(Layer.SECURITY, Layer.DATA, Layer.METRICS, Layer.DASHBOARDS,
                        Layer.IMAGE_REPLICA, Layer.IMAGES, Layer.SEARCH);
    }

    @Test
    void everyLayerOfAComponentNamesIt() {
        assertThat(Stream.of(Layer.PEERING, Layer.PEERING_ROUTES).map(l -> LayerSpecs.of(l).component()))
                .containsOnly(Optional.of(Component.NETWORK));
        assertThat(Stream.of(Layer.GLOBAL_EDGE, Layer.GLOBAL_ACCELERATOR).map(l -> LayerSpecs.of(l).component()))
                .containsOnly(Optional.of(Component.EDGE));
    }
}
