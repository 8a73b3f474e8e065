package dev.regionstack.platform.service;

import software.amazon.awscdk.services.secretsmanager.ISecret;

import java.util.Objects;

/**
 * The database the service's app container connects to, handed to it as environment variables
 * ({@value ContainerService#DB_HOST}, {@value ContainerService#DB_READER_HOST}, {@value ContainerService#DB_PORT}) and
 * ECS secrets ({@value ContainerService#DB_USERNAME}, {@value ContainerService#DB_PASSWORD}). Network access is not
 * part of this: the database's owner admits the service's security group (see {@code AuroraCluster#allowDefaultPortFrom}).
 *
 * @param writerEndpoint the host name writes go to ({@value ContainerService#DB_HOST}). Required.
 * @param readerEndpoint the host name reads may go to ({@value ContainerService#DB_READER_HOST}). Required.
 * @param port           the port of both endpoints ({@value ContainerService#DB_PORT}), 1 to 65535. Required.
 * @param credentials    a Secrets Manager secret whose JSON has the keys {@code username} and {@code password}; refer
 *                       to it with its encryption key ({@code Secret.fromSecretAttributes(...encryptionKey(key))}) so
 *                       the task execution role, which reads it at task start, is granted decrypt on that key.
 *                       Required.
 */
public record ServiceDatabase(String writerEndpoint, String readerEndpoint, int port, ISecret credentials) {
    public ServiceDatabase {
        Objects.requireNonNull(writerEndpoint, "writerEndpoint");
        Objects.requireNonNull(readerEndpoint, "readerEndpoint");
        Objects.requireNonNull(credentials, "credentials");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
    }
}
