package dev.regionstack.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a path that is not a regular file is, for the message that refuses it, read from its attributes only. */
final class FileKind {
    // the file type bits of st_mode (sys/stat.h)
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {}

    /** {@code a FIFO (named pipe)}, {@code a character device}...; {@code a special file} where the OS does not say. */
    static String of(Path file) {
        try {
            // the "unix" attribute view exists on Linux and macOS; elsewhere the generic answer is enough
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & TYPE_MASK) {
                case FIFO -> "a FIFO (named pipe)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "a special file";
        }
    }
}
