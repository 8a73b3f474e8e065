package dev.regionstack.platform.metrics;

/**
 * The ADOT collector's configuration when it also carries Prometheus metrics, given to the sidecar in
 * {@value #ENVIRONMENT_VARIABLE} (ADOT reads its configuration from that variable when it is set).
 *
 * <p>It keeps the traces pipeline of the image's built-in {@code /etc/ecs/ecs-xray.yaml} (OTLP on 4317/4318 and
 * X-Ray's UDP 2000 to X-Ray), bound to the task's loopback where the app container sends, and adds a metrics
 * pipeline: the Prometheus receiver scrapes the app container's endpoint, OTLP metrics the app pushes join them, and
 * the {@code prometheusremotewrite} exporter writes both to the workspace, signed by the {@code sigv4auth}
 * extension for service {@code aps} in the workspace's region with the task role's credentials.
 */
public final class CollectorConfig {
    /** The variable ADOT takes its configuration from instead of a file. */
    public static final String ENVIRONMENT_VARIABLE = "AOT_CONFIG_CONTENT";

    private CollectorConfig() {}

    /** The configuration's YAML text (it may contain tokens: the workspace id). */
    public static String yaml(PrometheusScrape scrape) {
        return """
                extensions:
                  sigv4auth:
                    region: %1$s
                    service: aps
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 127.0.0.1:4317
                      http:
                        endpoint: 127.0.0.1:4318
                  awsxray:
                    endpoint: 127.0.0.1:2000
                    transport: udp
                  prometheus:
                    config:
                      global:
                        scrape_interval: %4$ds
                        scrape_timeout: 10s
                      scrape_configs:
                        - job_name: app
                          metrics_path: %3$s
                          static_configs:
                            - targets: ['127.0.0.1:%2$d']
                processors:
                  batch/traces:
                    timeout: 1s
                    send_batch_size: 50
                  batch/metrics:
                    timeout: 60s
                exporters:
                  awsxray:
                    region: %1$s
                  prometheusremotewrite:
                    endpoint: %5$s
                    auth:
                      authenticator: sigv4auth
                    resource_to_telemetry_conversion:
                      enabled: true
                service:
                  extensions: [sigv4auth]
                  pipelines:
                    traces:
                      receivers: [otlp, awsxray]
                      processors: [batch/traces]
                      exporters: [awsxray]
                    metrics:
                      receivers: [prometheus, otlp]
                      processors: [batch/metrics]
                      exporters: [prometheusremotewrite]
                """.formatted(scrape.region(), scrape.metricsPort(), scrape.metricsPath(), scrape.intervalSeconds(),
                scrape.remoteWriteUrl());
    }
}
