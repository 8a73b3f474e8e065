package dev.regionstack.guard;

/** What a deployment would do to one resource, as CloudFormation would carry it out. */
public enum ChangeKind {
    /** A logical id only the new template has: CloudFormation creates it. */
    ADDED,
    /** A logical id only the old template has (or its whole stack is gone): CloudFormation deletes it. */
    REMOVED,
    /** Kept logical id, but a change CloudFormation can only apply by creating a new resource and deleting the old one. */
    REPLACED,
    /** Kept logical id, changed in place. */
    UPDATED
}
