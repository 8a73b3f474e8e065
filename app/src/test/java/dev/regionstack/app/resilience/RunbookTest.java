package dev.regionstack.app.resilience;

import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunbookTest {
    static final Fleet EXAMPLE = TestFleets.example();

    @Test
    void prodFailsOverToEachOtherRegionWithTheCommandsToRun() {
        String md = Runbook.render(EXAMPLE, EXAMPLE.environment("prod").orElseThrow());
        assertThat(md).contains("## Fail over to us-east-2 (us-east-1 is lost)", "## Fail over to us-west-2 (us-east-1 is lost)",
                "## Fail back to us-east-1", "## Drill", "## What is lost, by failure mode");
        String failover = md.substring(md.indexOf("## Fail over to us-east-2"), md.indexOf("## Fail over to us-west-2"));
        assertThat(failover.lines().filter(l -> l.matches("\\d\\. \\*\\*.*")).map(l -> l.substring(0, l.indexOf("**:") + 3)))
                .containsExactly("1. **Approval**:", "2. **Aurora failover**:", "3. **ECS capacity**:", "4. **Route53 health checks**:",
                        "5. **Check**:");
        assertThat(failover).contains(
                "aws rds failover-global-cluster --region us-east-2 --global-cluster-identifier acme-prod-aurora"
                        + " --target-db-cluster-identifier arn:aws:rds:us-east-2:333333333333:cluster:acme-prod-us-east-2-aurora --allow-data-loss",
                "--stack-name acme-prod-us-east-2-app",
                "--min-capacity 3 --max-capacity 30",
                "FullyQualifiedDomainName=='us-east-1.prod.acme.example.com'",
                "curl -fsS https://prod.acme.example.com/");
        String drill = md.substring(md.indexOf("## Drill"), md.indexOf("## What is lost"));
        assertThat(drill).contains("aws rds switchover-global-cluster --region us-east-2", "--inverted")
                .doesNotContain("--allow-data-loss");
    }

    @Test
    void failingBackSwitchesOverFromTheRegionThatTookOver() {
        String md = Runbook.render(EXAMPLE, EXAMPLE.environment("dev").orElseThrow());
        String back = md.substring(md.indexOf("## Fail back to eu-west-2"), md.indexOf("## Drill"));
        assertThat(back).contains("aws rds switchover-global-cluster --region eu-west-2 --global-cluster-identifier acme-dev-aurora"
                        + " --target-db-cluster-identifier arn:aws:rds:eu-west-2:111111111111:cluster:acme-dev-eu-west-2-aurora",
                "FullyQualifiedDomainName=='eu-west-1.dev.acme.example.com'")
                .doesNotContain("**Approval**");   // dev is approval: auto
    }
}
