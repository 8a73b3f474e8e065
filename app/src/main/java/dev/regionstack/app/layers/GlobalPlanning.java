package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.List;

/**
 * One global stack of an environment being planned.
 *
 * @param globals the environment's global layers (a global stack may wait for another)
 */
public record GlobalPlanning(Fleet fleet, Environment environment, List<Layer> globals, Waits waits) {}
