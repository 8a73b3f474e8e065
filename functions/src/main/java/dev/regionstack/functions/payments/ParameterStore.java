package dev.regionstack.functions.payments;

/** Reads one configuration value. Production: {@link SsmParameterStore}. */
@FunctionalInterface
public interface ParameterStore {
    String get(String name);
}
