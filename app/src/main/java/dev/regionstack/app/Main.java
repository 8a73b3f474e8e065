package dev.regionstack.app;

import dev.regionstack.app.cli.RegionstackCommand;

/** Entry point of the regionstack CLI. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(RegionstackCommand.run(args));
    }
}
