package dev.regionstack.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a template expression evaluates to at deploy time, as far as the assembly alone can tell: literal text, an
 * attribute of a resource (whose value only CloudFormation knows), a concatenation of those, a list, or unknown.
 */
public sealed interface Value {
    /** Literal text (numbers and booleans too, as CloudFormation reads them). */
    record Text(String text) implements Value {}

    /** {@code Ref} ({@code attribute} "Ref") or {@code Fn::GetAtt} of a resource. */
    record Attr(Resource resource, String attribute) implements Value {
        public boolean isRef() { return attribute.equals("Ref"); }
    }

    /** Parts joined without separator; never nested, never two texts side by side. */
    record Join(List<Value> parts) implements Value {
        public Join {
            parts = List.copyOf(parts);
        }
    }

    /** A list value. */
    record Items(List<Value> items) implements Value {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Not knowable from the assembly; {@code why} says what was missing. */
    record Unknown(String why) implements Value {}

    /** Concatenates, flattening joins and merging adjacent texts. */
    static Value join(List<Value> parts) {
        List<Value> flat = new ArrayList<>();
        for (Value part : parts) {
            if (part instanceof Join j) {
                j.parts().forEach(p -> append(flat, p));
            } else {
                append(flat, part);
            }
        }
        if (flat.isEmpty()) return new Text("");
        return flat.size() == 1 ? flat.get(0) : new Join(flat);
    }

    private static void append(List<Value> flat, Value part) {
        if (part instanceof Text t && t.text().isEmpty()) return;
        if (part instanceof Text t && !flat.isEmpty() && flat.get(flat.size() - 1) instanceof Text last) {
            flat.set(flat.size() - 1, new Text(last.text() + t.text()));
        } else {
            flat.add(part);
        }
    }

    /** The literal text, when the whole value is one. */
    default Optional<String> literal() {
        return this instanceof Text t ? Optional.of(t.text()) : Optional.empty();
    }

    /** The attribute, when the whole value is exactly one. */
    default Optional<Attr> asAttr() {
        return this instanceof Attr a ? Optional.of(a) : Optional.empty();
    }

    /** The resource the whole value refers to, when it is exactly one attribute. */
    default Optional<Resource> target() {
        return asAttr().map(Attr::resource);
    }

    /** The elements of a list value; a single value is a list of itself. */
    default List<Value> items() {
        return this instanceof Items i ? i.items() : List.of(this);
    }

    /** The value as text, with {@code attributes} rendering each attribute part, or empty if any part is unknown or a list. */
    default Optional<String> render(Function<Attr, String> attributes) {
        StringBuilder out = new StringBuilder();
        List<Value> parts = this instanceof Join j ? j.parts() : List.of(this);
        for (Value part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Attr a) {
                out.append(attributes.apply(a));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }
}
