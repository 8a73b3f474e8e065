package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.platform.api.CreditsFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Lambda handler the platform names ({@link CreditsFunction}, and every {@code Handler} of an
 * {@code AWS::Lambda::Function} of the example fleet whose code is the functions jar) is a class of that jar, loaded
 * from the jar alone, with a public method of that name that the Java Lambda runtime can call.
 */
class HandlerNamesTest {
    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
    private static URLClassLoader functions;

    @BeforeAll
    static void openTheFunctionsJar() throws IOException {
        // the platform class loader as parent: nothing comes from this test's classpath, only from the jar
        functions = new URLClassLoader(new URL[] {FunctionsJar.locate().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        functions.close();
    }

    @Test
    void everyHandlerOfCreditsFunctionIsInTheFunctionsJar() {
        for (CreditsFunction f : CreditsFunction.values()) assertLoadable(f.handler());
    }

    /** The search layer's log shipper, and the SDK's SigV4 signer it signs with, shaded into the same jar. */
    @Test
    void theLogShippersHandlerAndItsSignerAreInTheFunctionsJar() throws ClassNotFoundException {
        assertLoadable(dev.regionstack.platform.search.LogShipper.HANDLER);
        assertThat(Class.forName("software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner", false, functions).getClassLoader())
                .isSameAs(functions);
    }

    @Test
    void everyHandlerOfTheExampleFleetsFunctionsJarCodeIsInTheJarAndEveryCreditsFunctionIsDeployed() throws IOException {
        Set<String> handlers = functionsJarHandlers(GuardrailFleets.get("example"));

        handlers.forEach(HandlerNamesTest::assertLoadable);
        assertThat(handlers).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CreditsFunction.values()).map(CreditsFunction::handler).toList());
    }

    @Test
    void theEnterpriseFleetsProcessorAndStreamTransformationHandlersAreInTheFunctionsJar() throws IOException {
        Set<String> handlers = functionsJarHandlers(GuardrailFleets.get("enterprise"));

        handlers.forEach(HandlerNamesTest::assertLoadable);
        assertThat(handlers).contains("dev.regionstack.functions.objects.ObjectEventHandler::handleRequest",
                "dev.regionstack.functions.stream.StreamTransformHandler::handleRequest");
    }

    /** {@code Handler} of every function whose {@code Code.S3Key} names the asset file with the functions jar's bytes. */
    private static Set<String> functionsJarHandlers(GuardrailFleets.Synthesized fleet) throws IOException {
        Path outdir = fleet.result().outdir();
        Path jar = FunctionsJar.locate();
        Set<String> handlers = new TreeSet<>();
        int functionsWithOtherCode = 0;
        for (StackReport stack : fleet.result().stacks()) {
            for (JsonNode resource : Templates.template(fleet, stack.name()).path("Resources")) {
                if (!resource.path("Type").asText().equals("AWS::Lambda::Function")) continue;
                JsonNode key = resource.path("Properties").path("Code").path("S3Key");
                Path asset = outdir.resolve("asset." + key.asText());
                if (key.isTextual() && Files.isRegularFile(asset) && Files.mismatch(asset, jar) == -1) {
                    handlers.add(resource.path("Properties").path("Handler").asText());
                } else {
                    functionsWithOtherCode++;
                }
            }
        }
        assertThat(handlers).as("functions whose code is the functions jar (%d others)", functionsWithOtherCode).isNotEmpty();
        return handlers;
    }

    /** {@code package.Class::method} or {@code package.Class} (then {@code handleRequest}), as the Java runtime reads it. */
    private static void assertLoadable(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        String methodName = handler.contains("::") ? handler.substring(handler.indexOf("::") + 2) : "handleRequest";
        Class<?> type;
        try {
            type = Class.forName(className, false, functions);   // not initialised: its static clients need AWS settings
        } catch (ClassNotFoundException e) {
            throw new AssertionError("handler " + handler + ": no class " + className + " in " + FunctionsJar.locate(), e);
        }
        assertThat(type.getClassLoader()).as("%s is loaded from the functions jar", className).isSameAs(functions);
        assertThat(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface())
                .as("%s is a public concrete class", className).isTrue();
        List<Method> methods = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && !m.isBridge() && lambdaSignature(m)).toList();
        assertThat(methods).as("handler %s: a public %s(input, Context) or %s(InputStream, OutputStream, Context) in %s",
                handler, methodName, methodName, className).isNotEmpty();
        if (methods.stream().noneMatch(m -> Modifier.isStatic(m.getModifiers()))) {
            assertThat(Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0))
                    .as("%s has a public no-argument constructor for the runtime to create it", className).isTrue();
        }
    }

    private static boolean lambdaSignature(Method m) {
        Class<?>[] p = m.getParameterTypes();
        boolean context = p.length > 0 && p[p.length - 1].getName().equals(CONTEXT) && p[p.length - 1].getClassLoader() == functions;
        return (p.length == 2 && context) || (p.length == 3 && context && p[0] == InputStream.class && p[1] == OutputStream.class);
    }
}
