package dev.regionstack.platform.edge;

import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param originDomainNames the regional origins, primary first: one (a single origin) or two (an origin group that
 *                          fails over from the first to the second)
 * @param originProtocol    how CloudFront connects to the origins. Default: HTTPS_ONLY (then the origins' certificates
 *                          must match their domain names); HTTP_ONLY for load balancers that listen on port 80 only.
 * @param webAclArn         a CLOUDFRONT-scope WAFv2 web ACL. Default: none.
 * @param domain            a custom domain: a us-east-1 ACM certificate (DNS validated) and A/AAAA alias records.
 *                          Default: none (viewers use the {@code *.cloudfront.net} name).
 * @param comment           shown in the CloudFront console, at most 128 characters. Default: none.
 */
public record EdgeDistributionProps(
        List<String> originDomainNames,
        OriginProtocolPolicy originProtocol,
        String webAclArn,
        Optional<EdgeDomain> domain,
        String comment) {

    public EdgeDistributionProps {
        Objects.requireNonNull(originDomainNames, "originDomainNames");
        originDomainNames = List.copyOf(originDomainNames);
        if (originDomainNames.isEmpty() || originDomainNames.size() > 2) {
            throw new IllegalArgumentException("originDomainNames must hold one origin or two (primary, then failover), got "
                    + originDomainNames.size());
        }
        originProtocol = originProtocol == null ? OriginProtocolPolicy.HTTPS_ONLY : originProtocol;
        domain = domain == null ? Optional.empty() : domain;
    }
}
