package dev.regionstack.app.synth;

import software.amazon.awscdk.App;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts jsii's Node.js process, with aws-cdk-lib loaded, on a background thread (about 1 s), so that the JVM's own
 * work before the first construct (reading the synth cache, writing the Lambda artifact) overlaps it. jsii's client is
 * not thread-safe: until {@link #await} returns, the caller makes no other jsii call.
 */
public final class JsiiStart {
    private static CompletableFuture<Void> started;

    private JsiiStart() {}

    public static synchronized void inBackground() {
        if (started != null) return;
        started = CompletableFuture.runAsync(() -> App.isApp("start"), runnable -> {
            Thread thread = new Thread(runnable, "regionstack-jsii-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for a start begun by {@link #inBackground}, if any: jsii calls are safe again after it. */
    public static void await() {
        CompletableFuture<Void> start;
        synchronized (JsiiStart.class) {
            start = started;
        }
        if (start == null) return;
        try {
            start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
