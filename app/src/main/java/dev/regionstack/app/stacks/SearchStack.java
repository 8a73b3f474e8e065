package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.Suppression;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.removal.Removal;
import dev.regionstack.platform.search.LogShipper;
import dev.regionstack.platform.search.LogShipperProps;
import dev.regionstack.platform.search.SearchCapacity;
import dev.regionstack.platform.search.SearchDomain;
import dev.regionstack.platform.search.SearchDomainProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The {@code search} layer of one region ({@code observability.logs: opensearch}): the OpenSearch domain in the
 * isolated tier, encrypted with the region's key, and the log shipper in the private tier that the app's and the
 * API's log groups stream to ({@link SearchSubscriptions}). The shipper's role is the domain's fine-grained master.
 */
public final class SearchStack extends Stack implements Guarded {
    private final SearchDomain domain;
    private final LogShipper shipper;

    public SearchStack(Construct scope, String id, StackProps props, Deployment deployment, IVpc vpc, IKey key, String functionsJar) {
        super(scope, id, props);
        Sizing sizing = deployment.settings().sizing();
        RemovalPolicy removal = Removal.of(sizing.retainData());
        String domainName = PhysicalNames.searchDomain(deployment.project(), deployment.environment(), deployment.region());
        String shipperName = PhysicalNames.logShipper(deployment.project(), deployment.environment());
        var retention = LogRetention.of(deployment.settings().knobs().logRetentionDays());

        Role role = LogShipper.newRole(this, "LogShipperRole", shipperName);
        domain = new SearchDomain(this, "Domain", new SearchDomainProps(domainName, vpc, vpc.getIsolatedSubnets(), key,
                capacity(sizing, deployment.zones().size()), role, retention, removal));
        shipper = new LogShipper(this, "LogShipper", new LogShipperProps(shipperName, role, domain, vpc,
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build(), key, functionsJar, 0,
                retention, removal));

        CfnOutput.Builder.create(this, "DomainName").value(domainName).description("OpenSearch domain").build();
        CfnOutput.Builder.create(this, "DomainEndpoint").value(domain.endpoint())
                .description("The domain's VPC endpoint (HTTPS, from the VPC only); Dashboards at /_dashboards").build();
    }

    /**
     * Nodes per sizing: small one data node; medium two over two zones; large three data nodes over three zones with
     * three dedicated masters (four over two in a region of two zones, where OpenSearch wants an even count).
     * Graviton types offered in every commercial region.
     */
    public static SearchCapacity capacity(Sizing sizing, int zones) {
        return switch (sizing) {
            case SMALL -> new SearchCapacity(1, "m6g.large.search", 1, null, 20);
            case MEDIUM -> new SearchCapacity(2, "r6g.large.search", 2, null, 100);
            case LARGE -> zones >= 3 ? new SearchCapacity(3, "r6g.large.search", 3, "m6g.large.search", 200)
                    : new SearchCapacity(4, "r6g.large.search", 2, "m6g.large.search", 200);
        };
    }

    public SearchDomain domain() { return domain; }

    public IFunction shipper() { return shipper.function(); }

    @Override public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::IAM::Policy", "LogShipperRole/DefaultPolicy/Resource", Suppression.of("AwsSolutions-IAM5",
                    "The shipper indexes into any index of its own domain (domain/<name>/*, daily indexes), and EC2's network-interface actions for a function in a VPC have no resource-level permissions.")),
            on("AWS::IAM::Policy", "LogShipperRole/DefaultPolicy/Resource", Suppression.of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)));
}
