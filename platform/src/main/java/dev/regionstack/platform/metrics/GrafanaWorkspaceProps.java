package dev.regionstack.platform.metrics;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * @param name                    the workspace's name: letters, digits and {@code -._~}, at most 255. Required.
 * @param prometheusWorkspaceArns the Prometheus workspaces the dashboards may query (the environment's, one per
 *                                region); empty: no Prometheus data source. Default: none
 * @param removalPolicy           what happens to the workspace (and the dashboards made in it) on stack delete.
 *                                Default: RETAIN
 */
public record GrafanaWorkspaceProps(String name, List<String> prometheusWorkspaceArns, RemovalPolicy removalPolicy) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._~-]{1,255}");

    public GrafanaWorkspaceProps {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1 to 255 letters, digits or -._~, got '" + name + "'");
        }
        prometheusWorkspaceArns = prometheusWorkspaceArns == null ? List.of() : List.copyOf(prometheusWorkspaceArns);
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
