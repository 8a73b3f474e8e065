package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.List;

/**
 * One global stack of an environment being planned.
 *
 * @param globals the environment's global layers (a global stack may wait for another)
 */
public record GlobalPlanning(Fleet fleet, Environment environment, List<Layer> globals, Waits waits) {
    /** Waits for every region's app stack: this stack reads the region's load balancer from SSM Parameter Store there. */
    public void waitForEveryLoadBalancer() {
        for (Deployment d : environment.deployments()) {
            waits.on(d.region(), Layer.APP, "reads the " + d.region() + " load balancer from SSM Parameter Store there");
        }
    }
}
