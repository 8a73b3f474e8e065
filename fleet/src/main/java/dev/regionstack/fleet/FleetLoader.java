package dev.regionstack.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Reads a fleet file into the resolved model, or reports every problem of the file in one run. Never throws for
 * bad input: an unreadable, oversized, non-UTF-8 or invalid file is a {@link LoadResult.Invalid}.
 */
public final class FleetLoader {
    /** Files larger than this are refused before parsing: a real fleet file is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final String FILE = YamlTreeReader.FILE_PATH;

    private FleetLoader() {}

    /**
     * Reads {@code file}; problems name it as given. Only a regular file is opened (a symbolic link is followed, so a
     * link to a regular file works): a directory, device, FIFO or socket is refused from its attributes alone, since
     * reading {@code /dev/zero} never ends and opening a FIFO without a writer blocks forever. At most
     * {@link #MAX_BYTES} + 1 bytes are read whatever the file system says its size is ({@code /proc} files say 0).
     */
    public static LoadResult load(Path file) {
        String name = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) return invalid(name, "is a directory, not a fleet file; pass the YAML file itself");
            if (!attributes.isRegularFile()) {
                return invalid(name, "is " + FileKind.of(file) + ", not a regular file; pass the YAML file itself");
            }
            if (attributes.size() > MAX_BYTES) return tooLarge(name, attributes.size());
            try (InputStream in = Files.newInputStream(file)) {
                return load(name, in);
            }
        } catch (NoSuchFileException e) {
            return invalid(name, "no such file; pass an existing fleet file with -f (default fleet.yaml)");
        } catch (AccessDeniedException e) {
            return invalid(name, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            return invalid(name, "cannot be read: " + Echo.of(String.valueOf(e.getMessage()), 200));
        }
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes of {@code in}: a stream longer than the limit is refused unread. */
    static LoadResult load(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return invalid(name, "the file is larger than " + MAX_BYTES + " bytes; fleet files are limited to "
                    + MAX_BYTES + " bytes (1 MiB), far more than any real fleet needs");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return load(name, text);
        } catch (CharacterCodingException e) {
            return invalid(name, "is not UTF-8 text; save the file as UTF-8");
        }
    }

    /** Validates and resolves {@code yamlText}; {@code fileName} is only used in problems. */
    public static LoadResult load(String fileName, String yamlText) {
        if (yamlText.length() > MAX_BYTES) return tooLarge(fileName, yamlText.length());
        int bytes = yamlText.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) return tooLarge(fileName, bytes);
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        Problems problems = new Problems(fileName);
        Values values = new Values(problems);
        Optional<FleetSpec> spec = YamlTreeReader.read(text, problems).flatMap(root -> FleetReader.read(root, values));
        spec.ifPresent(s -> EnvironmentRules.check(s, values));
        spec.ifPresent(s -> TagsAndDnsRules.check(s, values));
        spec.ifPresent(s -> NameLimits.check(s, values));
        if (spec.isEmpty() || !problems.isEmpty()) return new LoadResult.Invalid(problems.inFileOrder());
        return new LoadResult.Loaded(FleetResolver.resolve(spec.get()), problems.warningsInFileOrder());
    }

    private static LoadResult tooLarge(String name, long size) {
        return invalid(name, "the file is " + size + " bytes; fleet files are limited to " + MAX_BYTES
                + " bytes (1 MiB), far more than any real fleet needs");
    }

    private static LoadResult invalid(String name, String message) {
        return new LoadResult.Invalid(List.of(new Problem(name, 1, 1, FILE, message)));
    }
}
