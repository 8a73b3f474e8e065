package dev.regionstack.platform.dns;

import software.amazon.awscdk.services.route53.AliasRecordTargetConfig;
import software.amazon.awscdk.services.route53.IAliasRecordTarget;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.IRecordSet;

/**
 * An alias to a load balancer known only by its DNS name and canonical hosted zone id (values read from another
 * region, so no {@code IApplicationLoadBalancer} exists here). The {@code dualstack.} prefix is what CDK's own
 * LoadBalancerTarget uses; it answers A (and, for dual-stack load balancers, AAAA) queries. For an API Gateway
 * regional domain the name is used as it is (CDK's ApiGatewayDomain target does the same).
 */
final class AlbAliasTarget implements IAliasRecordTarget {
    private final String dnsName;
    private final String hostedZoneId;
    private final boolean evaluateTargetHealth;

    /** @param loadBalancer whether the target is a load balancer (dualstack name) rather than an API Gateway domain */
    AlbAliasTarget(String dnsName, String hostedZoneId, boolean evaluateTargetHealth, boolean loadBalancer) {
        this.dnsName = loadBalancer ? "dualstack." + dnsName : dnsName;
        this.hostedZoneId = hostedZoneId;
        this.evaluateTargetHealth = evaluateTargetHealth;
    }

    @Override
    public AliasRecordTargetConfig bind(IRecordSet record, IHostedZone zone) {
        return bind(record);
    }

    @Override
    public AliasRecordTargetConfig bind(IRecordSet record) {
        return AliasRecordTargetConfig.builder()
                .dnsName(dnsName).hostedZoneId(hostedZoneId).evaluateTargetHealth(evaluateTargetHealth).build();
    }
}
