package dev.regionstack.platform;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;

import java.util.List;
import java.util.Map;

/** Stacks with an explicit account and region whose zone lookup is answered by context, for construct tests. */
public final class TestStacks {
    public static final String ACCOUNT = "111111111111";
    public static final String REGION = "eu-west-2";
    public static final List<String> ZONES = List.of("eu-west-2a", "eu-west-2b", "eu-west-2c");

    private TestStacks() {}

    public static App app() {
        return App.Builder.create()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + REGION, ZONES))
                .build();
    }

    public static Stack stack() { return stack(app(), "Test"); }

    public static Stack stack(App app, String id) {
        return new Stack(app, id, StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build()).build());
    }

    /** A key of the stack's own, as the region's key would be. */
    public static IKey key(Stack stack) { return new Key(stack, "RegionKey"); }
}
