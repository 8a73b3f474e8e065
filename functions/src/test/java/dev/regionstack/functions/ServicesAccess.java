package dev.regionstack.functions;

import java.util.function.Supplier;

/** Opens Services' package-private helpers to tests in other packages. */
public final class ServicesAccess {
    private ServicesAccess() {
    }

    public static <T> Supplier<T> once(Supplier<T> supplier) {
        return Services.once(supplier);
    }
}
