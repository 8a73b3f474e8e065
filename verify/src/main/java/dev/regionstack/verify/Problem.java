package dev.regionstack.verify;

/**
 * One thing that would fail a deploy, or leave the deployed platform unable to work.
 *
 * @param check     the check that found it (e.g. {@code imports})
 * @param stack     the stack it is in
 * @param logicalId the resource, output or parameter it concerns (a template section name for the whole template)
 * @param what      what is wrong
 * @param fix       what to do about it
 */
public record Problem(String check, String stack, String logicalId, String what, String fix) {
    /** {@code error: <stack>/<logicalId>: <what>; <fix>}. */
    public String line() {
        return "error: " + stack + "/" + logicalId + ": " + what + "; " + fix;
    }
}
