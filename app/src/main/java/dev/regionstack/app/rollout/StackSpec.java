package dev.regionstack.app.rollout;

import java.util.List;

/**
 * One stack of the rollout, computed from the model alone (no CDK), with what it waits for.
 *
 * @param name        the CloudFormation stack name
 * @param environment the environment it belongs to
 * @param region      where it is deployed (a global layer's home region)
 * @param account     the AWS account
 * @param layer       what it holds
 * @param deployment  {@code env/region} of the deployment it serves; for global stacks {@code env/global}
 * @param waitsFor    the stacks that must be deployed first, each with the reason
 */
public record StackSpec(String name, String environment, String region, String account, Layer layer, String deployment,
                        List<Wait> waitsFor) {
    public StackSpec {
        waitsFor = List.copyOf(waitsFor);
    }

    /** One edge of the rollout graph: {@code stack} must be deployed before this one, because {@code reason}. */
    public record Wait(String stack, String reason) {}
}
