package dev.regionstack.app.cli;

import java.util.List;

/** The fleet file or an argument is invalid: each line is printed on stderr and the exit status is 2. */
public final class InvalidInputException extends RuntimeException {
    private final List<String> lines;

    public InvalidInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() { return lines; }
}
