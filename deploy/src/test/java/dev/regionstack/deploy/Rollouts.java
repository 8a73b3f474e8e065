package dev.regionstack.deploy;

import java.util.Arrays;
import java.util.List;

/** Small rollouts for the tests: stack names are {@code <env>-<n>} in account 111111111111 (dev) or 222222222222 (prod). */
final class Rollouts {
    private Rollouts() {}

    static RolloutWave wave(int number, String environment, String... stacks) {
        return new RolloutWave(number, environment, false, stacks(environment, stacks));
    }

    static RolloutWave approvalWave(int number, String environment, String... stacks) {
        return new RolloutWave(number, environment, true, stacks(environment, stacks));
    }

    static String account(String environment) {
        return environment.equals("prod") ? "222222222222" : "111111111111";
    }

    private static List<RolloutStack> stacks(String environment, String... names) {
        return Arrays.stream(names).map(n -> new RolloutStack(n, environment, account(environment), "eu-west-2")).toList();
    }
}
