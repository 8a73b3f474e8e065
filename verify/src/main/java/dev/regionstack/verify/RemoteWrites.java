package dev.regionstack.verify;

import java.util.List;
import java.util.Optional;

/**
 * A task's ADOT collector configured (in {@value #COLLECTOR_CONFIG}) to remote-write to an Amazon Managed Service for
 * Prometheus workspace. The task role signs the writes, so it needs {@code aps:RemoteWrite} on that workspace: the
 * one whose {@code WorkspaceId} the configuration's remote-write URL is built from.
 */
final class RemoteWrites {
    /** The variable ADOT reads its configuration from. */
    static final String COLLECTOR_CONFIG = "AOT_CONFIG_CONTENT";

    private RemoteWrites() {}

    /** The collector's data path: empty when the configuration has no remote-write exporter. */
    static Optional<DataPath> of(Resource task, Optional<Resource> role, Value config, Arns arns, Findings findings) {
        List<Value> parts = config instanceof Value.Join j ? j.parts() : List.of(config);
        boolean writes = parts.stream().anyMatch(p -> p.literal().filter(t -> t.contains("prometheusremotewrite")).isPresent());
        if (!writes) return Optional.empty();
        Optional<Resource> workspace = parts.stream().flatMap(p -> p.asAttr().stream())
                .filter(a -> a.attribute().equals("WorkspaceId") && a.resource().type().equals("AWS::APS::Workspace"))
                .map(Value.Attr::resource).findFirst();
        findings.checked();
        if (workspace.isEmpty()) {
            findings.missing(task.stack().name(), task.logicalId(), "the collector's configuration remote-writes to a Prometheus"
                    + " workspace that no stack of the assembly creates", "build the URL from the workspace's WorkspaceId");
            return Optional.empty();
        }
        Resource w = workspace.get();
        return Optional.of(new DataPath(task, role, "the collector sidecar remote-writes metrics to " + w.id(),
                List.of(DataPath.Need.of(new Request("aps:RemoteWrite", arns.arn(w, w.region()))))));
    }
}
