package dev.regionstack.app.synth;

/**
 * What one synthesized stack came to.
 *
 * @param name      stack name
 * @param resources number of CloudFormation resources
 * @param bytes     template size
 */
public record StackReport(String name, int resources, long bytes) {}
