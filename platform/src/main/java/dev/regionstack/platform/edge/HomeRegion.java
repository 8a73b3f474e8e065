package dev.regionstack.platform.edge;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.constructs.Construct;

/** Global services whose control plane CloudFormation reaches only from one region. */
final class HomeRegion {
    /** CloudFront's viewer certificates (ACM) and CLOUDFRONT-scope WAFv2 resources are created in us-east-1. */
    static final String CLOUDFRONT = "us-east-1";
    /** The Global Accelerator API is served from US West (Oregon) only. */
    static final String GLOBAL_ACCELERATOR = "us-west-2";

    private HomeRegion() {}

    /** Fails when the stack's region is known and is not {@code home}; environment-agnostic stacks pass. */
    static void require(Construct scope, String home, String what) {
        String region = Stack.of(scope).getRegion();
        if (!Token.isUnresolved(region) && !region.equals(home)) {
            throw new IllegalArgumentException(what + " must be in a " + home + " stack (" + what
                    + " is managed only from " + home + "); this stack is in " + region);
        }
    }
}
