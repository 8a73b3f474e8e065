package dev.regionstack.app.synth.cache;

import dev.regionstack.app.rollout.StackSpec;

import java.util.List;

/**
 * The stacks of a plan in one account and region: the unit the cache keeps. It is the unit of CDK's template
 * validation too (one engine call per account and region, whose findings group across those templates), so an entry's
 * part of {@code validation-report.json} depends on its own templates alone.
 *
 * @param environment {@code <account>::<region>}, as CDK's validation groups stacks
 * @param stacks      in plan order
 * @param key         SHA-256 of everything the stacks' output depends on ({@link SynthUnits})
 */
record SynthUnit(String environment, List<StackSpec> stacks, String key) {
    SynthUnit {
        stacks = List.copyOf(stacks);
    }

    static String environmentOf(StackSpec spec) { return spec.account() + "::" + spec.region(); }
}
