package dev.regionstack.fleet;

import java.util.List;
import java.util.stream.IntStream;

/** The task CPU and memory combinations Fargate accepts (Linux; 8 and 16 vCPU need platform 1.4.0). */
final class FargateSizes {
    static final List<Integer> CPUS = List.of(256, 512, 1024, 2048, 4096, 8192, 16384);

    private FargateSizes() {}

    /** The memory sizes in MiB allowed with {@code cpu} units; empty when the CPU value is not a Fargate size. */
    static List<Integer> memoryFor(int cpu) {
        return switch (cpu) {
            case 256 -> List.of(512, 1024, 2048);
            case 512 -> range(1024, 4096, 1024);
            case 1024 -> range(2048, 8192, 1024);
            case 2048 -> range(4096, 16384, 1024);
            case 4096 -> range(8192, 30720, 1024);
            case 8192 -> range(16384, 61440, 4096);
            case 16384 -> range(32768, 122880, 8192);
            default -> List.of();
        };
    }

    /** How the allowed memory reads in a message, e.g. {@code 1024 to 4096 in steps of 1024}. */
    static String describeMemoryFor(int cpu) {
        return switch (cpu) {
            case 256 -> "512, 1024 or 2048";
            case 512 -> "1024 to 4096 in steps of 1024";
            case 1024 -> "2048 to 8192 in steps of 1024";
            case 2048 -> "4096 to 16384 in steps of 1024";
            case 4096 -> "8192 to 30720 in steps of 1024";
            case 8192 -> "16384 to 61440 in steps of 4096";
            case 16384 -> "32768 to 122880 in steps of 8192";
            default -> "none";
        };
    }

    private static List<Integer> range(int from, int to, int step) {
        return IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
    }
}
