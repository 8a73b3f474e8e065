package dev.regionstack.platform.metrics;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The environment's Grafana workspace: sign-in, data sources, and what its role may read. */
class GrafanaWorkspaceTest {
    private static final List<String> WORKSPACES = List.of("arn:aws:aps:eu-west-2:111111111111:workspace/ws-1",
            "arn:aws:aps:eu-west-1:111111111111:workspace/ws-2");

    private static Template template(List<String> workspaces) {
        Stack stack = TestStacks.stack();
        new GrafanaWorkspace(stack, "Dashboards", new GrafanaWorkspaceProps("acme-dev", workspaces, null));
        return Template.fromStack(stack);
    }

    private static Object statement(String sid, Object actions, Object resources) {
        return Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Sid", sid, "Action", actions, "Resource", resources))))))));
    }

    @Test
    void usersSignInThroughIdentityCenterAndTheWorkspaceUsesItsOwnRole() {
        template(WORKSPACES).hasResourceProperties("AWS::Grafana::Workspace", Map.of(
                "Name", "acme-dev",
                "AccountAccessType", "CURRENT_ACCOUNT",
                "AuthenticationProviders", List.of("AWS_SSO"),
                "PermissionType", "CUSTOMER_MANAGED",
                "RoleArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("DashboardsRole.*"), "Arn")),
                "DataSources", List.of("CLOUDWATCH", "PROMETHEUS", "XRAY")));
    }

    @Test
    void onlyGrafanaOfThisAccountMayAssumeTheRole() {
        template(WORKSPACES).hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Match.objectLike(Map.of(
                "Statement", List.of(Map.of("Effect", "Allow", "Action", "sts:AssumeRole",
                        "Principal", Map.of("Service", "grafana.amazonaws.com"),
                        "Condition", Map.of(
                                "StringEquals", Map.of("aws:SourceAccount", TestStacks.ACCOUNT),
                                "ArnLike", Map.of("aws:SourceArn", Map.of("Fn::Join", List.of("", List.of("arn:",
                                        Map.of("Ref", "AWS::Partition"), ":grafana:eu-west-2:111111111111:/workspaces/*")))))))))));
    }

    @Test
    void roleQueriesExactlyTheEnvironmentsPrometheusWorkspaces() {
        Template t = template(WORKSPACES);
        t.hasResourceProperties("AWS::IAM::Policy", statement("QueryPrometheusWorkspaces",
                GrafanaWorkspace.PROMETHEUS_ACTIONS, WORKSPACES));
        assertThat(GrafanaWorkspace.PROMETHEUS_ACTIONS).contains("aps:QueryMetrics").noneMatch(a -> a.contains("Write"));
    }

    @Test
    void roleReadsCloudWatchLogsInsightsAndXRay() {
        Template t = template(WORKSPACES);
        t.hasResourceProperties("AWS::IAM::Policy", statement("ReadCloudWatch",
                Match.arrayWith(List.of("cloudwatch:GetMetricData", "logs:StartQuery", "logs:GetQueryResults")), "*"));
        t.hasResourceProperties("AWS::IAM::Policy", statement("ReadXRay",
                Match.arrayWith(List.of("xray:BatchGetTraces", "xray:GetTraceSummaries", "xray:GetServiceGraph")), "*"));
        assertThat(GrafanaWorkspace.CLOUDWATCH_ACTIONS).noneMatch(a -> a.matches(".*:(Put|Delete|Set|Create).*"));
    }

    @Test
    void withoutPrometheusWorkspacesThereIsNoPrometheusDataSourceOrPermission() {
        Template t = template(List.of());
        t.hasResourceProperties("AWS::Grafana::Workspace", Map.of("DataSources", List.of("CLOUDWATCH", "XRAY")));
        assertThat(t.findResources("AWS::IAM::Policy").toString()).doesNotContain("aps:");
    }

    @Test
    void workspaceWaitsForItsRolesPermissions() {
        Map<String, Map<String, Object>> workspaces = template(WORKSPACES).findResources("AWS::Grafana::Workspace");
        assertThat(workspaces.values().iterator().next().get("DependsOn").toString()).contains("DashboardsRoleDefaultPolicy");
    }

    @Test
    void aNameGrafanaRefusesIsRefused() {
        assertThatThrownBy(() -> new GrafanaWorkspaceProps("acme dev", List.of(), null))
                .hasMessage("name must be 1 to 255 letters, digits or -._~, got 'acme dev'");
    }
}
