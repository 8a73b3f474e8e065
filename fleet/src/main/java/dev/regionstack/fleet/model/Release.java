package dev.regionstack.fleet.model;

/** How the service's new task definitions replace the old ones ({@code app.deployment}). */
public enum Release {
    /** ECS rolling update with the deployment circuit breaker. */
    ROLLING("rolling"),
    /** ECS's native blue/green: the new revision behind an alternate target group, a bake time, rollback on alarms. */
    BLUE_GREEN("blueGreen");

    private final String fileName;

    Release(String fileName) { this.fileName = fileName; }

    /** The name as written in the fleet file. */
    public String fileName() { return fileName; }
}
