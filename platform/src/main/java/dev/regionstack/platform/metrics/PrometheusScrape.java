package dev.regionstack.platform.metrics;

import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;

import java.util.List;
import java.util.Objects;

/**
 * What the service's collector sidecar scrapes and where it writes: the app container's Prometheus endpoint on the
 * task's own loopback ({@code http://127.0.0.1:<metricsPort><metricsPath>}; every container of a Fargate task
 * shares one network namespace, so the endpoint needs no port mapping, no security group rule and is not reachable
 * through the load balancer), remote-written to the region's workspace.
 *
 * @param workspaceArn    the workspace written to; the task role may {@code aps:RemoteWrite} to exactly it. Required.
 * @param remoteWriteUrl  its remote-write URL ({@link #remoteWriteUrl(String, String)}). Required.
 * @param region          the workspace's region, which SigV4 signs for. Required.
 * @param metricsPort     the app container's metrics port. Default: {@value #DEFAULT_PORT} (the OpenTelemetry SDKs'
 *                        Prometheus exporter's default)
 * @param metricsPath     the path of the metrics endpoint. Default: {@value #DEFAULT_PATH}
 * @param intervalSeconds how often it is scraped. Default: 30
 */
public record PrometheusScrape(String workspaceArn, String remoteWriteUrl, String region, int metricsPort, String metricsPath,
                               int intervalSeconds) {
    public static final int DEFAULT_PORT = 9464;
    public static final String DEFAULT_PATH = "/metrics";
    /** The only action the collector needs; AMP authorizes it on the workspace's ARN. */
    public static final String REMOTE_WRITE = "aps:RemoteWrite";

    public PrometheusScrape {
        Objects.requireNonNull(workspaceArn, "workspaceArn");
        Objects.requireNonNull(remoteWriteUrl, "remoteWriteUrl");
        Objects.requireNonNull(region, "region");
        metricsPort = metricsPort == 0 ? DEFAULT_PORT : metricsPort;
        metricsPath = metricsPath == null ? DEFAULT_PATH : metricsPath;
        intervalSeconds = intervalSeconds == 0 ? 30 : intervalSeconds;
        if (metricsPort < 1 || metricsPort > 65535) {
            throw new IllegalArgumentException("metricsPort must be between 1 and 65535, got " + metricsPort);
        }
        if (!metricsPath.startsWith("/")) {
            throw new IllegalArgumentException("metricsPath must start with '/', got '" + metricsPath + "'");
        }
        if (intervalSeconds < 5) {
            throw new IllegalArgumentException("intervalSeconds must be at least 5, got " + intervalSeconds);
        }
    }

    /** Scrapes the default endpoint every 30 seconds and writes to {@code workspace}. */
    public static PrometheusScrape of(PrometheusWorkspace workspace, String region) {
        return new PrometheusScrape(workspace.workspaceArn(), workspace.remoteWriteUrl(), region, 0, null, 0);
    }

    /** AMP's remote-write endpoint of a workspace. */
    public static String remoteWriteUrl(String region, String workspaceId) {
        return "https://aps-workspaces." + region + ".amazonaws.com/workspaces/" + workspaceId + "/api/v1/remote_write";
    }

    /** {@code aps:RemoteWrite} on this workspace only. */
    public Grant grantRemoteWrite(IGrantable grantee) {
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder().grantee(grantee)
                .actions(List.of(REMOTE_WRITE)).resourceArns(List.of(workspaceArn)).build());
    }
}
