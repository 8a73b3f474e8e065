package dev.regionstack.platform.waf;

/** Where a web ACL is attached: a CloudFront distribution (created in us-east-1), or an ALB or API stage in its region. */
public enum WafScope { CLOUDFRONT, REGIONAL }
