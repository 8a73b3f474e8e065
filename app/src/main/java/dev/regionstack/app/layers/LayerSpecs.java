package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;

import java.util.Arrays;
import java.util.List;

/** The spec of every layer. */
public final class LayerSpecs {
    private static final SecurityLayer SECURITY = new SecurityLayer();
    private static final NetworkLayer NETWORK = new NetworkLayer();
    private static final DataLayer DATA = new DataLayer();
    private static final PeeringLayer PEERING = new PeeringLayer();
    private static final PeeringRoutesLayer PEERING_ROUTES = new PeeringRoutesLayer();
    private static final MessagingLayer MESSAGING = new MessagingLayer();
    private static final ImageReplicaLayer IMAGE_REPLICA = new ImageReplicaLayer();
    private static final ImagesLayer IMAGES = new ImagesLayer();
    private static final SearchLayer SEARCH = new SearchLayer();
    private static final MetricsLayer METRICS = new MetricsLayer();
    private static final DashboardsLayer DASHBOARDS = new DashboardsLayer();
    private static final AppLayer APP = new AppLayer();
    private static final ApiLayer API = new ApiLayer();
    private static final ProcessorLayer PROCESSOR = new ProcessorLayer();
    private static final ObservabilityLayer OBSERVABILITY = new ObservabilityLayer();
    private static final PipelineLayer PIPELINE = new PipelineLayer();
    private static final PipelineArtifactsLayer PIPELINE_ARTIFACTS = new PipelineArtifactsLayer();
    private static final GlobalEdgeLayer GLOBAL_EDGE = new GlobalEdgeLayer();
    private static final GlobalAcceleratorLayer GLOBAL_ACCELERATOR = new GlobalAcceleratorLayer();
    private static final GlobalDnsLayer GLOBAL_DNS = new GlobalDnsLayer();
    private static final GlobalResilienceLayer GLOBAL_RESILIENCE = new GlobalResilienceLayer();

    /** Regional layers in {@link Layer} order: each after the layers of its region it builds on. */
    private static final List<RegionalLayer> REGIONAL = Arrays.stream(Layer.values()).map(LayerSpecs::of)
            .filter(RegionalLayer.class::isInstance).map(RegionalLayer.class::cast).toList();
    /** DNS first: with both, CloudFront's origins are names the DNS stack creates. */
    private static final List<GlobalLayer> GLOBAL = List.of(GLOBAL_DNS, GLOBAL_EDGE, GLOBAL_ACCELERATOR, GLOBAL_RESILIENCE);
    /** The artifact stacks before the pipeline that uses their buckets. */
    private static final List<FleetLayer> FLEET = List.of(PIPELINE_ARTIFACTS, PIPELINE);

    private LayerSpecs() {}

    /** The layer's spec. Exhaustive over {@link Layer} with no default: a layer without a spec does not compile. */
    public static LayerSpec of(Layer layer) {
        return switch (layer) {
            case SECURITY -> SECURITY;
            case NETWORK -> NETWORK;
            case DATA -> DATA;
            case PEERING -> PEERING;
            case PEERING_ROUTES -> PEERING_ROUTES;
            case MESSAGING -> MESSAGING;
            case IMAGE_REPLICA -> IMAGE_REPLICA;
            case IMAGES -> IMAGES;
            case SEARCH -> SEARCH;
            case METRICS -> METRICS;
            case DASHBOARDS -> DASHBOARDS;
            case APP -> APP;
            case API -> API;
            case PROCESSOR -> PROCESSOR;
            case OBSERVABILITY -> OBSERVABILITY;
            case PIPELINE -> PIPELINE;
            case PIPELINE_ARTIFACTS -> PIPELINE_ARTIFACTS;
            case GLOBAL_EDGE -> GLOBAL_EDGE;
            case GLOBAL_ACCELERATOR -> GLOBAL_ACCELERATOR;
            case GLOBAL_DNS -> GLOBAL_DNS;
            case GLOBAL_RESILIENCE -> GLOBAL_RESILIENCE;
        };
    }

    public static List<RegionalLayer> regional() { return REGIONAL; }

    public static List<GlobalLayer> global() { return GLOBAL; }

    public static List<FleetLayer> fleet() { return FLEET; }
}
