package dev.regionstack.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The command tree; the one place that maps exceptions to exit codes (0 ok, 2 invalid input, 1 anything else). */
@Command(name = "regionstack", mixinStandardHelpOptions = true, version = "regionstack 0.1.0",
        description = "One fleet file -> validated, synthesized CDK stacks for every environment × region.",
        subcommands = {ValidateCommand.class, PlanCommand.class, SynthCommand.class, VerifyCommand.class, CdkAppCommand.class,
                SampleFleetCommand.class, DeployCommand.class, BootstrapCommand.class, DiffCommand.class, DriftCommand.class, RunbookCommand.class, FailoverCommand.class, DiagramCommand.class})
public final class RegionstackCommand {

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RegionstackCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                invalid.lines().forEach(err::println);
                return CommandLine.ExitCode.USAGE;
            }
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("REGIONSTACK_DEBUG") != null) e.printStackTrace(err);
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = cli.execute(args);
        err.flush();
        out.flush();
        return code;
    }
}
