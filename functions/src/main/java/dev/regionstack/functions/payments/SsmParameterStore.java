package dev.regionstack.functions.payments;

import software.amazon.awssdk.services.ssm.SsmClient;

/** SSM Parameter Store (SecureString parameters are decrypted). */
public final class SsmParameterStore implements ParameterStore {
    private final SsmClient ssm;

    public SsmParameterStore(SsmClient ssm) {
        this.ssm = ssm;
    }

    @Override
    public String get(String name) {
        return ssm.getParameter(b -> b.name(name).withDecryption(true)).parameter().value();
    }
}
