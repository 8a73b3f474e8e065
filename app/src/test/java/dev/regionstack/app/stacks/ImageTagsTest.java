package dev.regionstack.app.stacks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pipeline's tag per source version: what its shell expression gives, and what the app then runs. */
class ImageTagsTest {
    private static final Pattern DOCKER_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    /** Runs the expression the pipeline's steps run, in sh as CodeBuild does. */
    private static String tagFor(String sourceVersion) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "echo " + ImageTags.SHELL);
        pb.environment().put(ImageTags.SOURCE_VERSION, sourceVersion);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void everySourceVersionGivesADockerTagOfItsOwn() throws Exception {
        // S3 version ids may hold characters a tag may not (and be long); a leading '.' or '-' would be illegal too
        assertThat(tagFor("3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo"))
                .isEqualTo("src-3HL4kqtJlcpXroDTDmJ_rmSpXd3dIbrHY_MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo");
        assertThat(tagFor(".hidden/-x")).isEqualTo("src-.hidden_-x").matches(DOCKER_TAG);
        assertThat(tagFor("v".repeat(300))).hasSize(128).matches(DOCKER_TAG);
        assertThat(tagFor("abc")).isNotEqualTo(tagFor("abd"));
    }

    @Test
    void theFleetFilesTagUnlessThePipelineSetsOne() {
        assertThat(ImageTags.resolve("release-1", Map.<String, String>of()::get)).isEqualTo("release-1");
        assertThat(ImageTags.resolve("release-1", Map.of(ImageTags.VARIABLE, "")::get)).isEqualTo("release-1");
        assertThat(ImageTags.resolve("release-1", Map.of(ImageTags.VARIABLE, "src-abc")::get)).isEqualTo("src-abc");
        assertThrows(IllegalStateException.class, () -> ImageTags.resolve("release-1", Map.of(ImageTags.VARIABLE, "-x")::get));
    }
}
