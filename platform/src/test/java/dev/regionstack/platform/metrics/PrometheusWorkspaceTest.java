package dev.regionstack.platform.metrics;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.IKey;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The region's Prometheus workspace: its alias, its key, its lifetime and its remote-write URL. */
class PrometheusWorkspaceTest {
    @Test
    void workspaceIsEncryptedWithTheRegionsKeyUnderItsAlias() {
        Stack stack = TestStacks.stack();
        IKey key = TestStacks.key(stack);
        new PrometheusWorkspace(stack, "Metrics", new PrometheusWorkspaceProps("acme-dev-eu-west-2", key, null));
        Template.fromStack(stack).hasResourceProperties("AWS::APS::Workspace", Map.of(
                "Alias", "acme-dev-eu-west-2",
                "KmsKeyArn", Map.of("Fn::GetAtt", List.of(stack.getLogicalId((CfnElement) key.getNode().getDefaultChild()), "Arn"))));
    }

    @Test
    void metricsAreRetainedUnlessTheSizingDiscardsData() {
        Stack retained = TestStacks.stack();
        new PrometheusWorkspace(retained, "Metrics", new PrometheusWorkspaceProps("a", TestStacks.key(retained), null));
        Template.fromStack(retained).hasResource("AWS::APS::Workspace", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        Stack destroyed = TestStacks.stack();
        new PrometheusWorkspace(destroyed, "Metrics", new PrometheusWorkspaceProps("a", TestStacks.key(destroyed), RemovalPolicy.DESTROY));
        Template.fromStack(destroyed).hasResource("AWS::APS::Workspace", Map.of("DeletionPolicy", "Delete"));
    }

    @Test
    void remoteWriteUrlIsTheRegionalEndpointOfTheWorkspaceId() {
        Stack stack = TestStacks.stack();
        PrometheusWorkspace workspace = new PrometheusWorkspace(stack, "Metrics", new PrometheusWorkspaceProps("a", TestStacks.key(stack), null));
        String id = stack.getLogicalId((CfnElement) workspace.getNode().getDefaultChild());
        assertThat(stack.resolve(workspace.remoteWriteUrl())).isEqualTo(Map.of("Fn::Join", List.of("", List.of(
                "https://aps-workspaces.eu-west-2.amazonaws.com/workspaces/",
                Map.of("Fn::GetAtt", List.of(id, "WorkspaceId")),
                "/api/v1/remote_write"))));
    }

    @Test
    void aliasOutsideAmpsLimitIsRefused() {
        Stack stack = TestStacks.stack();
        assertThatThrownBy(() -> new PrometheusWorkspaceProps("a".repeat(101), TestStacks.key(stack), null))
                .hasMessage("alias must have 1 to 100 characters, got '" + "a".repeat(101) + "'");
    }
}
