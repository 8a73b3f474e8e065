package dev.regionstack.app.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsJarTest {
    private static final byte[] OURS = "the functions jar".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PLANTED = "a planted jar!!!!".getBytes(StandardCharsets.UTF_8);

    @TempDir Path cache;

    @Test
    void writesTheBytesOnceUnderTheirHash() throws Exception {
        Path first = FunctionsJar.writeOnce(cache, OURS);
        long written = Files.getLastModifiedTime(first).toMillis();

        Path second = FunctionsJar.writeOnce(cache, OURS);

        assertThat(second).isEqualTo(first).hasBinaryContent(OURS);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(written);
    }

    @Test
    void replacesAFileOfTheSameSizeWithOtherBytes() throws Exception {
        assertThat(PLANTED).hasSameSizeAs(OURS);
        Path jar = FunctionsJar.writeOnce(cache, OURS);
        Files.write(jar, PLANTED);

        assertThat(FunctionsJar.writeOnce(cache, OURS)).hasBinaryContent(OURS);
    }

    @Test
    void replacesALinkEvenToTheSameBytes() throws Exception {
        Path jar = FunctionsJar.writeOnce(cache, OURS);
        Path elsewhere = Files.write(cache.resolve("elsewhere.jar"), OURS);
        Files.delete(jar);
        Files.createSymbolicLink(jar, elsewhere);

        Path again = FunctionsJar.writeOnce(cache, OURS);

        assertThat(Files.isSymbolicLink(again)).isFalse();
        assertThat(again).hasBinaryContent(OURS);
    }
}
