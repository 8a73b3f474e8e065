package dev.regionstack.app.stacks;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which tag of the environment's repository the service runs. Outside the pipeline: the fleet file's
 * {@code ecr:<tag>}. Inside the pipeline, the synth step exports {@value #VARIABLE}, the tag the pipeline's image
 * step pushes for this source (both compute it with {@link #SHELL}), and every {@code ecr:} service runs that one:
 * tags are immutable, so a tag per source version is what makes each run deploy the image built from its own
 * source. Both steps read the same source revision, so the synth and the push agree without talking to each other.
 */
public final class ImageTags {
    /** Set by the pipeline's synth step only. */
    public static final String VARIABLE = "REGIONSTACK_IMAGE_TAG";
    /** The pipeline's source revision (the S3 object's version id), given to both steps as an environment variable. */
    public static final String SOURCE_VERSION = "REGIONSTACK_SOURCE_VERSION";
    /**
     * {@code src-} and the source version with every character a tag may not hold made {@code _}, at most 128
     * characters (Docker's tag grammar). The prefix keeps the first character legal whatever the version id starts with.
     */
    public static final String SHELL = "$(echo \"src-$(printf %s \"$" + SOURCE_VERSION + "\" | tr -c 'A-Za-z0-9_.-' '_')\" | cut -c1-128)";
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private ImageTags() {}

    /** The tag to run, given the fleet file's. */
    public static String resolve(String fileTag) { return resolve(fileTag, System::getenv); }

    static String resolve(String fileTag, Function<String, String> environment) {
        Optional<String> built = Optional.ofNullable(environment.apply(VARIABLE)).filter(s -> !s.isEmpty());
        if (built.isEmpty()) return fileTag;
        if (!TAG.matcher(built.get()).matches()) {
            throw new IllegalStateException(VARIABLE + " is `" + built.get() + "`, which is not an image tag");
        }
        return built.get();
    }
}
