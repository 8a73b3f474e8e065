package dev.regionstack.app.resilience;

import dev.regionstack.platform.resilience.RegionSwitchPlan;
import software.amazon.awssdk.services.arcregionswitch.ArcRegionSwitchClient;
import software.amazon.awssdk.services.arcregionswitch.model.AbbreviatedPlan;
import software.amazon.awssdk.services.arcregionswitch.model.ExecutionAction;
import software.amazon.awssdk.services.arcregionswitch.model.ExecutionMode;
import software.amazon.awssdk.services.arcregionswitch.model.ExecutionState;
import software.amazon.awssdk.services.arcregionswitch.model.GetPlanExecutionResponse;
import software.amazon.awssdk.services.arcregionswitch.model.StepState;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Starts a Region switch plan's execution and follows it to the end: a line per step as its status changes, one when
 * the execution waits for a person's approval. The client must talk to the region being activated: ARC runs an
 * execution from there (its data plane), so a lost region is never on the path.
 */
public final class PlanExecution {
    private static final Set<ExecutionState> SUCCEEDED = Set.of(ExecutionState.COMPLETED,
            ExecutionState.COMPLETED_MONITORING_APPLICATION_HEALTH);
    private static final Set<ExecutionState> STOPPED = Set.of(ExecutionState.FAILED, ExecutionState.CANCELED,
            ExecutionState.PAUSED_BY_FAILED_STEP, ExecutionState.PAUSED_BY_OPERATOR, ExecutionState.PLAN_EXECUTION_TIMED_OUT,
            ExecutionState.COMPLETED_WITH_EXCEPTIONS);

    /** How an execution ended: {@code succeeded}, and the state and failed step (if any) for the message. */
    public record Outcome(boolean succeeded, String state, Optional<String> failedStep, String executionId) {}

    private final ArcRegionSwitchClient client;
    private final Duration poll;
    private final Consumer<String> progress;

    public PlanExecution(ArcRegionSwitchClient client, Duration poll, Consumer<String> progress) {
        this.client = client;
        this.poll = poll;
        this.progress = progress;
    }

    /** The ARN of the plan named {@code name}, as the region's data plane lists it. */
    public Optional<String> planArn(String name) {
        return client.listPlansInRegionPaginator(b -> { }).plans().stream()
                .filter(p -> name.equals(p.name())).map(AbbreviatedPlan::arn).findFirst();
    }

    /**
     * @param ungraceful the other region is lost: blocks take their ungraceful behaviour (Aurora fails over)
     */
    public Outcome activate(String planArn, String region, boolean ungraceful) throws InterruptedException {
        String id = client.startPlanExecution(b -> b.planArn(planArn).targetRegion(region).action(ExecutionAction.ACTIVATE)
                .mode(ungraceful ? ExecutionMode.UNGRACEFUL : ExecutionMode.GRACEFUL)
                .comment("regionstack failover")).executionId();
        progress.accept("started execution " + id + " of " + planArn + " (" + (ungraceful ? "ungraceful" : "graceful") + ")");
        Map<String, String> seen = new HashMap<>();
        boolean askedForApproval = false;
        while (true) {
            GetPlanExecutionResponse execution = client.getPlanExecution(b -> b.planArn(planArn).executionId(id));
            Optional<String> failed = Optional.empty();
            for (StepState step : execution.stepStates()) {
                String status = step.statusAsString();
                if (!status.equals(seen.put(step.name(), status))) progress.accept("  " + step.name() + ": " + status);
                if ("failed".equals(status)) failed = Optional.of(step.name());
            }
            ExecutionState state = execution.executionState();
            if (state == ExecutionState.PENDING_MANUAL_APPROVAL && !askedForApproval) {
                askedForApproval = true;
                progress.accept("  waiting for approval: aws arc-region-switch approve-plan-execution-step --region " + region
                        + " --plan-arn " + planArn + " --execution-id " + id + " --step-name " + RegionSwitchPlan.APPROVAL_STEP + " --approval approve");
            }
            if (SUCCEEDED.contains(state)) return new Outcome(true, execution.executionStateAsString(), Optional.empty(), id);
            if (STOPPED.contains(state)) return new Outcome(false, execution.executionStateAsString(), failed, id);
            Thread.sleep(poll.toMillis());
        }
    }
}
