package dev.regionstack.guard;

/** Whether, and on whose word, a changed property forces CloudFormation to replace its resource. */
public enum Replacement {
    /** Updated in place. */
    NONE,
    /** The AWS resource specification says {@code causesReplacement: yes}. */
    ALWAYS,
    /** The specification says {@code causesReplacement: maybe} (it depends on the values): treated as a replacement. */
    CONDITIONAL,
    /** Not a replacement in the specification, but destructive all the same: one of {@link GuardRules#EXTRA_REPLACING}. */
    GUARD_RULE,
    /**
     * The property is unchanged in the template, but it references (Ref, Fn::GetAtt, Fn::Sub) a resource of the same
     * stack that is replaced, so its value changes at deploy time and it replaces this resource too.
     */
    DEPENDENCY;

    public boolean replaces() {
        return this != NONE;
    }
}
