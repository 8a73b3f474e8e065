package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates template expressions as CloudFormation would at deploy time, across stacks: imports are followed to the
 * exporting stack's output, SSM-typed parameters and cross-region SSM reads ({@code Custom::AWS getParameter}) to the
 * {@code AWS::SSM::Parameter} that writes them, pseudo parameters to the stack's account and region. What only AWS
 * knows (generated names, ids, endpoints) stays an {@link Value.Attr} of the resource that has it.
 */
public final class Resolver {
    private static final int MAX_DEPTH = 40;
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AssemblyModel model;

    public Resolver(AssemblyModel model) {
        this.model = model;
    }

    public AssemblyModel model() { return model; }

    /** The value of {@code expression} in {@code stack}. */
    public Value resolve(StackModel stack, JsonNode expression) {
        return resolve(stack, expression, 0);
    }

    /** The value of a resource's property. */
    public Value property(Resource resource, String... path) {
        return resolve(resource.stack(), resource.property(path));
    }

    /**
     * A deploy-time read of an SSM parameter by a {@code Custom::AWS} resource (CDK's AwsCustomResource, which
     * regionstack's CrossRegionParameter uses).
     *
     * @param region where the call reads
     * @param name   the parameter name
     */
    public record ParameterRead(String region, String name) {}

    /** The parameter a {@code Custom::AWS} resource reads on create, if it is an SSM {@code getParameter} call. */
    public Optional<ParameterRead> parameterRead(Resource custom) {
        if (!custom.type().equals("Custom::AWS")) return Optional.empty();
        Optional<String> call = resolve(custom.stack(), custom.property("Create")).literal();
        if (call.isEmpty()) return Optional.empty();
        try {
            JsonNode sdk = JSON.readTree(call.get());
            if (!sdk.path("service").asText().equalsIgnoreCase("SSM") || !sdk.path("action").asText().equalsIgnoreCase("getParameter")) {
                return Optional.empty();
            }
            String region = sdk.path("region").asText(custom.region());
            return Optional.of(new ParameterRead(region, sdk.path("parameters").path("Name").asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The value an SSM parameter holds once the stack that writes it in {@code account/region} has deployed. */
    public Value parameterValue(String scope, String name, int depth) {
        Optional<Resource> writer = model.parameter(scope, name);
        if (writer.isEmpty()) return new Value.Unknown("no stack writes the SSM parameter " + name + " in " + scope);
        return resolve(writer.get().stack(), writer.get().property("Value"), depth + 1);
    }

    private Value resolve(StackModel stack, JsonNode node, int depth) {
        if (depth > MAX_DEPTH) return new Value.Unknown("expression nested too deeply");
        if (node == null || node.isMissingNode() || node.isNull()) return new Value.Unknown("no value");
        if (node.isValueNode()) return new Value.Text(node.asText());
        if (node.isArray()) {
            List<Value> items = new ArrayList<>();
            node.forEach(n -> items.add(resolve(stack, n, depth + 1)));
            return new Value.Items(items);
        }
        if (node.size() != 1) return new Value.Unknown("an object, not a value");
        Map.Entry<String, JsonNode> fn = node.properties().iterator().next();
        JsonNode arg = fn.getValue();
        return switch (fn.getKey()) {
            case "Ref" -> ref(stack, arg.asText(), depth);
            case "Fn::GetAtt" -> getAtt(stack, arg, depth);
            case "Fn::ImportValue" -> importValue(stack, arg, depth);
            case "Fn::Join" -> join(stack, arg, depth);
            case "Fn::Sub" -> sub(stack, arg, depth);
            case "Fn::Select" -> select(stack, arg, depth);
            case "Fn::Split" -> split(stack, arg, depth);
            case "Fn::FindInMap" -> findInMap(stack, arg, depth);
            default -> new Value.Unknown(fn.getKey() + " is not evaluated");
        };
    }

    private Value ref(StackModel stack, String name, int depth) {
        switch (name) {
            case "AWS::Region": return new Value.Text(stack.region());
            case "AWS::AccountId": return new Value.Text(stack.account());
            case "AWS::Partition": return new Value.Text(partition(stack.region()));
            case "AWS::URLSuffix": return new Value.Text(stack.region().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
            case "AWS::StackName": return new Value.Text(stack.name());
            case "AWS::NoValue": return new Value.Unknown("AWS::NoValue");
            default: break;
        }
        JsonNode parameter = stack.template().path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            String type = parameter.path("Type").asText();
            if (type.startsWith("AWS::SSM::Parameter::Value<")) {
                return parameterValue(stack.scope(), parameter.path("Default").asText(), depth);
            }
            return parameter.has("Default") ? new Value.Text(parameter.path("Default").asText())
                    : new Value.Unknown("parameter " + name + " has no default");
        }
        Resource resource = stack.resource(name);
        return resource == null ? new Value.Unknown("no resource " + name) : new Value.Attr(resource, "Ref");
    }

    private Value getAtt(StackModel stack, JsonNode arg, int depth) {
        String logicalId;
        String attribute;
        if (arg.isArray()) {
            logicalId = arg.path(0).asText();
            attribute = resolve(stack, arg.path(1), depth + 1).literal().orElse("?");
        } else {
            String[] parts = arg.asText().split("\\.", 2);
            logicalId = parts[0];
            attribute = parts.length > 1 ? parts[1] : "?";
        }
        Resource resource = stack.resource(logicalId);
        if (resource == null) return new Value.Unknown("no resource " + logicalId);
        if (attribute.equals("Parameter.Value")) {
            Optional<ParameterRead> read = parameterRead(resource);
            if (read.isPresent()) return parameterValue(stack.account() + "/" + read.get().region(), read.get().name(), depth);
        }
        return new Value.Attr(resource, attribute);
    }

    private Value importValue(StackModel stack, JsonNode arg, int depth) {
        Optional<String> name = resolve(stack, arg, depth + 1).literal();
        if (name.isEmpty()) return new Value.Unknown("an import whose name is not literal");
        return model.export(stack.scope(), name.get())
                .map(o -> resolve(o.stack(), o.value(), depth + 1))
                .orElseGet(() -> new Value.Unknown("no export " + name.get() + " in " + stack.scope()));
    }

    private Value join(StackModel stack, JsonNode arg, int depth) {
        String separator = arg.path(0).asText();
        Value list = resolve(stack, arg.path(1), depth + 1);
        if (!(list instanceof Value.Items items)) return new Value.Unknown("Fn::Join of a list only AWS knows");
        List<Value> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (i > 0) parts.add(new Value.Text(separator));
            parts.add(items.items().get(i));
        }
        return Value.join(parts);
    }

    private Value sub(StackModel stack, JsonNode arg, int depth) {
        String template = arg.isArray() ? arg.path(0).asText() : arg.asText();
        JsonNode variables = arg.isArray() ? arg.path(1) : null;
        List<Value> parts = new ArrayList<>();
        Matcher m = SUB.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(new Value.Text(template.substring(at, m.start())));
            String name = m.group(1);
            if (name.startsWith("!")) {
                parts.add(new Value.Text("${" + name.substring(1) + "}"));
            } else if (variables != null && variables.has(name)) {
                parts.add(resolve(stack, variables.get(name), depth + 1));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                String[] ref = name.split("\\.", 2);
                parts.add(getAtt(stack, JSON.createArrayNode().add(ref[0]).add(ref[1]), depth));
            } else {
                parts.add(ref(stack, name, depth));
            }
            at = m.end();
        }
        parts.add(new Value.Text(template.substring(at)));
        return Value.join(parts);
    }

    private Value select(StackModel stack, JsonNode arg, int depth) {
        Optional<String> index = resolve(stack, arg.path(0), depth + 1).literal();
        Value list = resolve(stack, arg.path(1), depth + 1);
        if (index.isEmpty() || !(list instanceof Value.Items items)) return new Value.Unknown("Fn::Select of a list only AWS knows");
        int i = Integer.parseInt(index.get());
        return i < items.items().size() ? items.items().get(i) : new Value.Unknown("Fn::Select index " + i + " out of range");
    }

    /** Splits literal text, or a join at the separators in its literal parts (a joined list of ids splits back). */
    private Value split(StackModel stack, JsonNode arg, int depth) {
        String separator = arg.path(0).asText();
        Value value = resolve(stack, arg.path(1), depth + 1);
        List<Value> parts = value instanceof Value.Join j ? j.parts() : List.of(value);
        List<Value> items = new ArrayList<>();
        List<Value> current = new ArrayList<>();
        for (Value part : parts) {
            if (part instanceof Value.Text t) {
                String[] pieces = t.text().split(Pattern.quote(separator), -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        items.add(Value.join(current));
                        current = new ArrayList<>();
                    }
                    current.add(new Value.Text(pieces[i]));
                }
            } else if (part instanceof Value.Attr) {
                current.add(part);
            } else {
                return new Value.Unknown("Fn::Split of a value only AWS knows");
            }
        }
        items.add(Value.join(current));
        return new Value.Items(items);
    }

    private Value findInMap(StackModel stack, JsonNode arg, int depth) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Optional<String> key = resolve(stack, arg.path(i), depth + 1).literal();
            if (key.isEmpty()) return new Value.Unknown("Fn::FindInMap with a key only AWS knows");
            keys.add(key.get());
        }
        JsonNode found = stack.template().path("Mappings").path(keys.get(0)).path(keys.get(1)).path(keys.get(2));
        return found.isMissingNode() ? new Value.Unknown("no mapping " + keys) : resolve(stack, found, depth + 1);
    }

    /** {@code aws}, or {@code aws-cn} and {@code aws-us-gov} for those partitions' regions. */
    public static String partition(String region) {
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        return "aws";
    }
}
