package dev.regionstack.app.stacks;

import dev.regionstack.names.PhysicalNames;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.edge.EdgeAccessLogs;
import dev.regionstack.platform.edge.EdgeDistribution;
import dev.regionstack.platform.edge.EdgeDistributionProps;
import dev.regionstack.platform.edge.EdgeDomain;
import dev.regionstack.platform.edge.EdgeWebAcl;
import dev.regionstack.platform.edge.EdgeWebAclProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code <project>-<env>-global-edge}, in us-east-1 (CloudFront's viewer certificates and CLOUDFRONT-scope WAF
 * web ACLs exist only there): a CloudFront distribution whose origin group tries the primary region's load
 * balancer, then the next region in file order, behind a web ACL with the environment's rate limit.
 *
 * <p>Geo blocking: a request that comes through CloudFront reaches the regional load balancer from a CloudFront edge
 * address, so the region's own web ACL cannot see the viewer's country. The edge web ACL therefore blocks every
 * country the environment lists, and every country that either origin region lists ({@link #blockedCountries}): a
 * viewer that CloudFront could route to a region never comes from a country that region blocks. The price is that,
 * through CloudFront, a country blocked in one origin region is blocked for the whole distribution; the direct and
 * Global Accelerator paths (which keep the viewer's address) stay per region.
 *
 * <p>Without {@code dns} the origins are the load balancers' DNS names over HTTP (they listen on port 80 only), read
 * at deploy time from each region's {@code /<project>/<env>/<region>/app/alb-dns-name}. With {@code dns} the origins
 * are {@code <region>.<recordName>.<zoneName>} over HTTPS (the names the regional certificates cover, created by
 * {@link GlobalDnsStack}), and viewers use {@code cdn.<recordName>.<zoneName>} with a us-east-1 certificate validated
 * in the environment's zone: {@code <recordName>.<zoneName>} itself belongs to the Route53 routing of
 * {@link GlobalDnsStack}.
 *
 * <p>Only regions with the {@code app} component serve; their app stacks must be deployed first.
 */
public final class GlobalEdgeStack extends Stack {
    private final EdgeDistribution distribution;

    public GlobalEdgeStack(Construct scope, String id, StackProps props, String project, Environment environment,
                           Optional<Dns> dns) {
        super(scope, id, props);
        List<String> originRegions = originRegions(environment);
        String env = environment.name();
        Waf waf = environment.settings().waf();
        EdgeWebAcl webAcl = new EdgeWebAcl(this, "WebAcl",
                new EdgeWebAclProps(PhysicalNames.edgeWebAcl(project, env), blockedCountries(environment), waf.rateLimitPer5Min()));

        Sizing sizing = environment.settings().sizing();
        RemovalPolicy removal = Removal.of(sizing.retainData());
        Key logsKey = Key.Builder.create(this, "AccessLogsKey")
                .description("CloudFront access logs of " + PhysicalNames.prefix(project, env))
                .enableKeyRotation(true)
                .removalPolicy(removal)
                .build();
        EdgeDistributionProps.Builder distributionProps = EdgeDistributionProps.builder()
                .originDomainNames(originRegions.stream().map(region -> dns
                        .map(d -> PhysicalNames.regionalDomain(DnsNames.domain(d), region))
                        .orElseGet(() -> albDnsName(project, env, region))).toList())
                .originProtocol(dns.isPresent() ? OriginProtocolPolicy.HTTPS_ONLY : OriginProtocolPolicy.HTTP_ONLY)
                .webAclArn(webAcl.webAclArn())
                .comment(project + " " + env)
                .accessLogs(new EdgeAccessLogs(PhysicalNames.edgeAccessLogs(project, env), LogRetention.of(environment.settings().knobs().logRetentionDays()), removal, logsKey));
        dns.ifPresent(d -> distributionProps.domain(
                new EdgeDomain(PhysicalNames.cdnDomain(DnsNames.domain(d)), d.zoneName(), d.zoneId())));
        distribution = new EdgeDistribution(this, "Distribution", distributionProps.build());

        CfnOutput.Builder.create(this, "DistributionDomainName").value(distribution.distributionDomainName())
                .description("CloudFront domain name").build();
        CfnOutput.Builder.create(this, "DistributionId").value(distribution.distributionId())
                .description("CloudFront distribution id (for invalidations)").build();
        CfnOutput.Builder.create(this, "WebAclArn").value(webAcl.webAclArn())
                .description("CLOUDFRONT-scope WAF web ACL").build();
        distribution.aliasDomainName().ifPresent(name -> CfnOutput.Builder.create(this, "CustomDomainName").value(name)
                .description("the distribution's own name in the fleet's zone").build());
    }

    /** The primary region, then the next region in file order: the origin group's two members (one if alone). */
    public static List<String> originRegions(Environment environment) {
        Deployment primary = environment.primary();
        List<String> serving = Stream.concat(Stream.of(primary),
                        environment.deployments().stream().filter(d -> !d.primary()))
                .filter(d -> d.settings().has(Component.APP))
                .map(Deployment::region)
                .toList();
        if (serving.isEmpty()) {
            throw new IllegalArgumentException("environment " + environment.name()
                    + " has no region with the app component; the edge needs at least one load balancer");
        }
        return serving.subList(0, Math.min(2, serving.size()));
    }

    /**
     * The countries the edge web ACL blocks: the environment's own list, then each origin region's (its own
     * {@code waf.blockedCountries}, or the environment's when it sets none), in that order, each country once.
     */
    static List<String> blockedCountries(Environment environment) {
        Set<String> countries = new LinkedHashSet<>(environment.settings().waf().blockedCountries());
        List<String> origins = originRegions(environment);
        environment.deployments().stream()
                .filter(d -> origins.contains(d.region()))
                .sorted(Comparator.comparingInt(d -> origins.indexOf(d.region())))
                .forEach(d -> countries.addAll(d.settings().waf().blockedCountries()));
        return List.copyOf(countries);
    }

    private String albDnsName(String project, String env, String region) {
        return new CrossRegionParameter(this, "AlbDnsName-" + region, new CrossRegionParameterProps(
                ParameterNames.of(project, env, region, "app", "alb-dns-name"), region)).value();
    }

    public EdgeDistribution distribution() { return distribution; }

}
