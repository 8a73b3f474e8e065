package dev.regionstack.app.layers;

import software.amazon.awscdk.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stacks of one deployment built so far, so later layers can build on earlier ones in the same region. */
public final class RegionStacks {
    private final List<Stack> built = new ArrayList<>();

    void add(Stack stack) { built.add(stack); }

    /** The region's stack of this type, if its layer is present and built. */
    public <T extends Stack> Optional<T> find(Class<T> type) {
        return built.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The region's stack of this type; the component rules guarantee it (e.g. {@code app} needs {@code network}). */
    public <T extends Stack> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " built in this region"));
    }
}
