package dev.regionstack.fleet;

/**
 * One thing wrong with a fleet file, at an exact place.
 *
 * @param file    the file as the user named it
 * @param line    1-based line
 * @param column  1-based column
 * @param path    key path written as in the file, e.g. {@code environments.prod.regions.us-east-2.cidr}
 * @param message what is wrong, the value received, and how to fix it
 */
public record Problem(String file, int line, int column, String path, String message) {
    /** The spec's one-line form: {@code error: <file>:<line>:<column>: <key path>: <what is wrong>}. */
    public String format() {
        return "error: " + location();
    }

    /** The same place and message as a warning: {@code warning: <file>:<line>:<column>: <key path>: <message>}. */
    public String formatWarning() {
        return "warning: " + location();
    }

    private String location() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
