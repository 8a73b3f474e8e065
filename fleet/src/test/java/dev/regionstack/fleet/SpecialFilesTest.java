package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Anything but a regular file is refused from its attributes, never opened; what is read is bounded, whatever the size says. */
class SpecialFilesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(1);

    @TempDir Path dir;

    private static Problem onlyProblem(Path file) {
        LoadResult result = assertTimeoutPreemptively(QUICKLY, () -> FleetLoader.load(file));
        assertThat(result).isInstanceOf(LoadResult.Invalid.class);
        return ((LoadResult.Invalid) result).problems().get(0);
    }

    @Test
    void aCharacterDeviceIsRefusedUnread() {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).as("needs /dev/zero").isTrue();

        assertThat(((LoadResult.Invalid) FleetLoader.load(zero)).problems()).containsExactly(new Problem("/dev/zero", 1, 1,
                "(file)", "is a character device, not a regular file; pass the YAML file itself"));
    }

    @Test
    void aFifoWithoutWriterIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("fleet.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("needs mkfifo").isTrue();

        assertThat(onlyProblem(fifo).message()).isEqualTo("is a FIFO (named pipe), not a regular file; pass the YAML file itself");
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = dir.resolve("fleet.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThat(onlyProblem(socket).message()).isEqualTo("is a socket, not a regular file; pass the YAML file itself");
        }
    }

    @Test
    void aDirectoryIsRefused() {
        assertThat(onlyProblem(dir).message()).isEqualTo("is a directory, not a fleet file; pass the YAML file itself");
    }

    @Test
    void aSymbolicLinkToAFleetFileLoads() throws IOException {
        Path real = Files.writeString(dir.resolve("real.yaml"), MINIMAL);
        Path link = Files.createSymbolicLink(dir.resolve("fleet.yaml"), real);

        assertThat(FleetLoader.load(link)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aSymbolicLinkToADeviceIsRefusedLikeTheDevice() throws IOException {
        assumeThat(Files.exists(Path.of("/dev/zero"))).as("needs /dev/zero").isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("fleet.yaml"), Path.of("/dev/zero"));

        assertThat(onlyProblem(link)).isEqualTo(new Problem(link.toString(), 1, 1, "(file)",
                "is a character device, not a regular file; pass the YAML file itself"));
    }

    @Test
    void anEndlessStreamIsCutAfterTheLimit() throws IOException {
        // what a file whose size says 0 (procfs) or that grows while read looks like: the limit holds regardless
        CountingEndlessStream endless = new CountingEndlessStream();

        LoadResult result = FleetLoader.load("fleet.yaml", endless);

        assertThat(((LoadResult.Invalid) result).problems()).containsExactly(new Problem("fleet.yaml", 1, 1, "(file)",
                "the file is larger than 1048576 bytes; fleet files are limited to 1048576 bytes (1 MiB), far more than any real fleet needs"));
        assertThat(endless.read).isEqualTo(FleetLoader.MAX_BYTES + 1);
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        String padded = MINIMAL + "#".repeat(FleetLoader.MAX_BYTES - MINIMAL.length());
        Path file = Files.writeString(dir.resolve("fleet.yaml"), padded);

        assertThat(Files.size(file)).isEqualTo(FleetLoader.MAX_BYTES);
        assertThat(FleetLoader.load(file)).isInstanceOf(LoadResult.Loaded.class);
    }

    /** Spaces for ever, counting what was taken. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }
}
