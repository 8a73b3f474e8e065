package dev.regionstack.deploy;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code cdk bootstrap} for every account × region of the fleet, trusting the pipeline account so that its
 * pipeline can deploy there.
 *
 * <p>One command per environment, run one after another, stopping at the first failure (a failure is usually
 * the account's credentials, which would fail the same way for its other regions). {@code --trust} requires
 * explicit {@code --cloudformation-execution-policies}; regionstack always passes them, so that re-running
 * bootstrap never keeps a policy set by hand. Bootstrap is idempotent: re-running it on an up-to-date
 * environment changes nothing.
 */
public final class BootstrapPlanner {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final CdkCli cdk;
    private final CdkSettings settings;
    private final String pipelineAccount;
    private final List<String> executionPolicies;
    private final PrintWriter out;
    private final AwsProfiles profiles;

    /**
     * @param pipelineAccount   the account whose pipeline deploys the fleet; trusted by every other account's
     *                          bootstrap roles. Default (null): nothing is trusted beyond each account itself.
     * @param executionPolicies managed policy ARNs for the CloudFormation execution role. Default (null or empty):
     *                          {@code arn:<partition>:iam::aws:policy/AdministratorAccess}, the CDK's own default,
     *                          with the region's partition.
     */
    public BootstrapPlanner(CdkCli cdk, CdkSettings settings, String pipelineAccount, List<String> executionPolicies,
                            PrintWriter out) {
        this.cdk = Objects.requireNonNull(cdk, "cdk");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (pipelineAccount != null && !ACCOUNT.matcher(pipelineAccount).matches()) {
            throw new IllegalArgumentException("the pipeline account must be 12 digits, got " + pipelineAccount);
        }
        this.pipelineAccount = pipelineAccount;
        this.executionPolicies = executionPolicies == null ? List.of() : List.copyOf(executionPolicies);
        this.out = Objects.requireNonNull(out, "out");
        this.profiles = settings.awsProfiles();
    }

    /** The command that bootstraps {@code target}. */
    public List<String> command(BootstrapTarget target) {
        List<String> args = new ArrayList<>(List.of("bootstrap", target.uri()));
        if (pipelineAccount != null && !pipelineAccount.equals(target.account())) {
            args.addAll(List.of("--trust", pipelineAccount));
        }
        List<String> policies = executionPolicies.isEmpty()
                ? List.of("arn:" + partition(target.region()) + ":iam::aws:policy/AdministratorAccess")
                : executionPolicies;
        for (String policy : policies) args.addAll(List.of("--cloudformation-execution-policies", policy));
        profiles.profileFor(target.account()).ifPresent(p -> args.addAll(List.of("--profile", p)));
        args.addAll(settings.extraArgs());
        return cdk.command(args);
    }

    /** Prints the commands, one per line, in order, and runs nothing. Checks the profiles first. */
    public RunResult print(Collection<BootstrapTarget> targets) {
        List<BootstrapTarget> distinct = prepare(targets);
        distinct.forEach(t -> out.println(ShellWords.join(command(t))));
        out.flush();
        return new RunResult(List.of(), List.of(), distinct.stream().map(BootstrapTarget::uri).toList());
    }

    /** Runs the commands in order, stopping at the first failure. Checks the profiles first. */
    public RunResult run(Collection<BootstrapTarget> targets) {
        List<BootstrapTarget> distinct = prepare(targets);
        CdkProcess process = new CdkProcess(settings.environment(), settings.workingDirectory(), out);
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> notAttempted = new ArrayList<>();
        for (BootstrapTarget target : distinct) {
            if (!failed.isEmpty()) {
                notAttempted.add(target.uri());
                continue;
            }
            String prefix = "[" + target.uri() + "] ";
            int code = Processes.runUninterrupted(process, command(target), prefix);
            (code == 0 ? done : failed).add(target.uri());
            out.println(prefix + (code == 0 ? "bootstrapped" : "FAILED: cdk bootstrap exited with " + code));
        }
        out.println("bootstrapped (" + done.size() + "): " + Processes.listed(done));
        out.println("failed (" + failed.size() + "): " + Processes.listed(failed));
        out.println("not attempted (" + notAttempted.size() + "): " + Processes.listed(notAttempted));
        out.flush();
        return new RunResult(done, failed, notAttempted);
    }

    private List<BootstrapTarget> prepare(Collection<BootstrapTarget> targets) {
        List<BootstrapTarget> distinct = List.copyOf(new LinkedHashSet<>(targets));
        profiles.requireDefined(distinct.stream().map(BootstrapTarget::account).toList());
        return distinct;
    }

    /** The ARN partition of a region: aws-cn for China, aws-us-gov for GovCloud, else aws. */
    static String partition(String region) {
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        return "aws";
    }
}
