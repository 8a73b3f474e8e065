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
 * @param accessLogs        access logs to a CloudWatch Logs log group (standard logging v2). Default: none.
 */
public record EdgeDistributionProps(
        List<String> originDomainNames,
        OriginProtocolPolicy originProtocol,
        String webAclArn,
        Optional<EdgeDomain> domain,
        String comment,
        Optional<EdgeAccessLogs> accessLogs) {

    public EdgeDistributionProps {
        Objects.requireNonNull(originDomainNames, "originDomainNames");
        originDomainNames = List.copyOf(originDomainNames);
        if (originDomainNames.isEmpty() || originDomainNames.size() > 2) {
            throw new IllegalArgumentException("originDomainNames must hold one origin or two (primary, then failover), got "
                    + originDomainNames.size());
        }
        originProtocol = originProtocol == null ? OriginProtocolPolicy.HTTPS_ONLY : originProtocol;
        domain = domain == null ? Optional.empty() : domain;
        accessLogs = accessLogs == null ? Optional.empty() : accessLogs;
    }

    public static Builder builder() { return new Builder(); }

    /** Builds the props by name; unset fields take the defaults above. */
    public static final class Builder {
        private List<String> originDomainNames;
        private OriginProtocolPolicy originProtocol;
        private String webAclArn;
        private EdgeDomain domain;
        private String comment;
        private EdgeAccessLogs accessLogs;

        private Builder() {}

        public Builder originDomainNames(List<String> value) { originDomainNames = value; return this; }
        public Builder originProtocol(OriginProtocolPolicy value) { originProtocol = value; return this; }
        public Builder webAclArn(String value) { webAclArn = value; return this; }
        public Builder domain(EdgeDomain value) { domain = value; return this; }
        public Builder comment(String value) { comment = value; return this; }
        public Builder accessLogs(EdgeAccessLogs value) { accessLogs = value; return this; }

        public EdgeDistributionProps build() {
            return new EdgeDistributionProps(originDomainNames, originProtocol, webAclArn,
                    Optional.ofNullable(domain), comment, Optional.ofNullable(accessLogs));
        }
    }
}
