package dev.regionstack.platform.metrics;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.aps.CfnWorkspace;
import software.constructs.Construct;

/**
 * A region's Amazon Managed Service for Prometheus workspace, encrypted with the region's customer-managed key.
 * AMP uses the key through grants it creates when the workspace is created (by the deploying role, which the key
 * policy admits through IAM), so neither the writers nor the readers need a KMS permission of their own. A key
 * cannot be added or changed later: {@code KmsKeyArn} is create-only, so the key is set from the first deploy.
 */
public final class PrometheusWorkspace extends Construct {
    private final CfnWorkspace workspace;

    public PrometheusWorkspace(Construct scope, String id, PrometheusWorkspaceProps props) {
        super(scope, id);
        workspace = CfnWorkspace.Builder.create(this, "Resource")
                .alias(props.alias())
                .kmsKeyArn(props.key().getKeyArn())
                .build();
        workspace.applyRemovalPolicy(props.removalPolicy());
    }

    /** {@code arn:aws:aps:<region>:<account>:workspace/<id>} (a token). */
    public String workspaceArn() { return workspace.getAttrArn(); }

    /** The workspace id, {@code ws-...} (a token). */
    public String workspaceId() { return workspace.getAttrWorkspaceId(); }

    /** Where Prometheus remote-write requests go, signed with SigV4 for service {@code aps}. */
    public String remoteWriteUrl() { return PrometheusScrape.remoteWriteUrl(Stack.of(this).getRegion(), workspaceId()); }
}
