package dev.regionstack.functions.bench;

import com.sun.net.httpserver.HttpServer;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import dev.regionstack.functions.testing.LocalDynamo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Debits per second and latency of the real UsageCheckHandler path against DynamoDB Local in this JVM, then the
 * cold-start init time of the shaded Lambda jar in fresh JVMs. Loopback only; about 35 s. Run by bench/credits.sh.
 *
 * <p>Arguments: the shaded jar, the test-classes directory.
 */
public final class CreditsBenchmark {
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final long WARMUP_MS = 3_000;
    private static final long MEASURE_MS = 8_000;
    private static final int COLD_RUNS = 5;

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String testClasses = args[1];
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("hot", 1_000_000_000L);
        for (int i = 0; i < 64; i++) {
            f.org("org-" + i, 1_000_000_000L);
        }
        run(f, "warm-up", WARMUP_MS, i -> "org-" + (i % 64));
        print(run(f, "one hot org, " + THREADS + " threads", MEASURE_MS, i -> "hot"));
        print(run(f, "64 orgs, " + THREADS + " threads", MEASURE_MS, i -> "org-" + (i % 64)));
        // Eventual mode reads the account before writing (WriteRegion): the same 64-org load, in the home region.
        Fixture eventual = new Fixture(Consistency.EVENTUAL, "eu-west-2");
        for (int i = 0; i < 64; i++) {
            eventual.org("org-" + i, 1_000_000_000L);
        }
        print(run(eventual, "64 orgs, eventual, " + THREADS + " threads", MEASURE_MS, i -> "org-" + (i % 64)));
        coldStarts(f, jar, testClasses);
        System.exit(0);
    }

    private record Run(String name, long debits, long refused, double seconds, long[] latenciesNanos) {
    }

    private interface OrgChooser {
        String org(long i);
    }

    private static Run run(Fixture f, String name, long millis, OrgChooser orgs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                long refused = 0;
                for (long i = thread; System.nanoTime() < end; i += THREADS) {
                    long t0 = System.nanoTime();
                    int status = f.debit(orgs.org(i), "user-" + (i % 10), 1, UUID.randomUUID().toString()).getStatusCode();
                    long dt = System.nanoTime() - t0;
                    if (status != 200) {
                        refused++;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = dt;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = refused; // last slot carries the refusal count
                return out;
            }));
        }
        List<long[]> parts = new ArrayList<>();
        long refused = 0;
        for (Future<long[]> future : futures) {
            long[] part = future.get();
            refused += part[part.length - 1];
            parts.add(Arrays.copyOf(part, part.length - 1));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(name, all.length - refused, refused, seconds, all);
    }

    private static void print(Run r) {
        long[] l = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%-26s debits/s=%.0f  p50=%.2f ms  p99=%.2f ms  max=%.2f ms  (ok=%d refused=%d in %.1f s)%n",
                r.name(), r.debits() / r.seconds(), pct(l, 0.50), pct(l, 0.99), l[l.length - 1] / 1e6, r.debits(),
                r.refused(), r.seconds());
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Fresh JVMs on the shaded jar; the stub answers the SQS, SES and SSM calls and the payment processor. */
    private static void coldStarts(Fixture f, String jar, String testClasses) throws Exception {
        HttpServer stub = AwsStub.start();
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            String org = "cold-" + i;
            f.org(org, 100, Map.of("contactEmail", "ops@example.com"));
            f.debit(org, "u", 79, "pre-" + i); // the cold run's first debit crosses 80%: it publishes to "SQS"
            ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", jar + java.io.File.pathSeparator + testClasses,
                    "dev.regionstack.functions.bench.ColdStart", org);
            Map<String, String> env = pb.environment();
            env.put("TABLE_NAME", f.table);
            env.put("CONSISTENCY", "STRONG");
            env.put("AWS_REGION", "eu-west-2");
            env.put("AWS_ACCESS_KEY_ID", "local");
            env.put("AWS_SECRET_ACCESS_KEY", "local");
            env.put("AWS_ENDPOINT_URL_DYNAMODB", LocalDynamo.get().endpoint().toString());
            env.put("AWS_ENDPOINT_URL_SQS", base);
            env.put("AWS_ENDPOINT_URL_SSM", base);
            env.put("AWS_ENDPOINT_URL_SESV2", base);
            env.put("NOTIFICATION_QUEUE_URL", base + "/000000000000/notifications");
            env.put("PAYMENT_ENDPOINT_PARAMETER", "/regionstack/dev/payment-endpoint");
            env.put("SES_FROM_ADDRESS", "credits@example.com");
            env.put("SES_TEMPLATE_PREFIX", "rs-dev");
            env.put("LOG_LEVEL", "OFF");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(line -> out.append(line).append('\n'));
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cold start run failed:\n" + out);
            }
            String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) dev.regionstack.functions.core.Json.parse(last);
            runs.add(result);
            System.out.println("cold start run " + (i + 1) + ": " + last);
        }
        stub.stop(0);
        System.out.printf(Locale.ROOT, "cold start (median of " + COLD_RUNS + "): init %s ms, first debit %s ms, second debit %s ms; stub saw %s%n",
                median(runs, "usageInitMs"), median(runs, "firstDebitMs"), median(runs, "secondDebitMs"), AwsStub.calls());
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        double[] v = runs.stream().mapToDouble(m -> ((Number) m.get(key)).doubleValue()).sorted().toArray();
        return v[v.length / 2];
    }

    private CreditsBenchmark() {
    }

    static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }
}
