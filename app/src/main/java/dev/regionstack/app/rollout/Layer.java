package dev.regionstack.app.rollout;

/**
 * A stack kind, in an order where every layer comes after the layers of its own region it builds on. Regional layers exist once per deployment (environment × region); global layers once per
 * environment, in the home region of the global service they manage.
 */
public enum Layer {
    SECURITY("security", null),
    NETWORK("network", null),
    DATA("data", null),
    /** Peering connections a region requests (to the regions after it in file order). */
    PEERING("peering", null),
    /** Routes back through the connections the earlier regions requested. */
    PEERING_ROUTES("peering-routes", null),
    MESSAGING("messaging", null),
    /** The replica of the environment's image repository in a non-primary region (before the primary replicates). */
    IMAGE_REPLICA("image-replica", null),
    /** The environment's image repository in its primary region, and the registry's replication. */
    IMAGES("images", null),
    /** The OpenSearch domain the app's and API's logs stream to ({@code observability.logs: opensearch}). */
    SEARCH("search", null),
    /** The region's Prometheus workspace, before the app whose collector writes to it. */
    METRICS("metrics", null),
    /** The environment's Grafana workspace (primary region only), after every region's Prometheus workspace. */
    DASHBOARDS("dashboards", null),
    APP("app", null),
    API("api", null),
    /** The data processor's queue and function; the notification goes on the data bucket of data or security. */
    PROCESSOR("processor", null),
    OBSERVABILITY("observability", null),
    /**
     * The opt-in CDK Pipelines pipeline that deploys the whole fleet: once per fleet, in the first environment's
     * primary region, only when that environment has the {@code pipeline} component (see LayerSelection#pipeline).
     */
    PIPELINE("pipeline", null),
    /** The pipeline's artifact bucket and key in another region (each CodePipeline action region needs one). */
    PIPELINE_ARTIFACTS("pipeline-artifacts", null),
    /** CloudFront and its CLOUDFRONT-scope WAF and certificate must be managed from us-east-1. */
    GLOBAL_EDGE("global-edge", "us-east-1"),
    /** Global Accelerator's API and its CloudFormation resources live in us-west-2. */
    GLOBAL_ACCELERATOR("global-accelerator", "us-west-2"),
    /** Route53 is global; its records and health checks are managed from us-east-1. */
    GLOBAL_DNS("global-dns", "us-east-1"),
    /** ARC Region switch plans are managed from us-east-1 (its control plane); ARC runs them in the region activated. */
    GLOBAL_RESILIENCE("global-resilience", "us-east-1");

    private final String stackSuffix;
    private final String homeRegion;

    Layer(String stackSuffix, String homeRegion) {
        this.stackSuffix = stackSuffix;
        this.homeRegion = homeRegion;
    }

    /** The last part of the stack name, e.g. {@code network} or {@code global-edge}. */
    public String stackSuffix() { return stackSuffix; }

    public boolean global() { return homeRegion != null; }

    /** The region a global layer's stack is deployed to; null for regional layers. */
    public String homeRegion() { return homeRegion; }
}
