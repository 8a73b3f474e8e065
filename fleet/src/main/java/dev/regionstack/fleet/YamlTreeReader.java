package dev.regionstack.fleet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into a {@link Node} tree with Jackson's streaming YAML parser. Hostile input is refused
 * cheaply: the tree is never deeper than {@link #MAX_DEPTH}, aliases of collections are capped at
 * {@link #MAX_COLLECTION_ALIASES} and the tree, with every alias expanded, at {@link #MAX_VALUES} values,
 * so a "billion laughs" file stops after a few hundred events.
 */
final class YamlTreeReader {
    static final int MAX_DEPTH = 32;
    static final int MAX_COLLECTION_ALIASES = 50;
    static final long MAX_VALUES = 100_000;
    static final String FILE_PATH = "(file)";
    private static final String STR_TAG = "tag:yaml.org,2002:str";

    private static final YAMLFactory FACTORY = new EventYamlFactory();

    private final Problems problems;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Long> weights = new IdentityHashMap<>();
    private long values;
    private int collectionAliases;

    private YamlTreeReader(Problems problems) {
        this.problems = problems;
    }

    /** The root node, or empty when the text is not readable YAML (the reason is added to {@code problems}). */
    static Optional<Node> read(String text, Problems problems) {
        return new YamlTreeReader(problems).readDocument(text);
    }

    private Optional<Node> readDocument(String text) {
        try (EventYamlParser parser = (EventYamlParser) FACTORY.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Position.START, FILE_PATH, "the file is empty; a fleet file needs at least `project` and `environments`");
                return Optional.empty();
            }
            Node root = readValue(parser, first, 1);
            if (parser.nextToken() != null) {
                problems.add(position(parser.currentTokenLocation()), FILE_PATH,
                        "the file holds more than one YAML document; keep the whole fleet in one document (remove the extra `---`)");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (Refused refused) {
            problems.add(refused.position, FILE_PATH, refused.getMessage());
        } catch (JsonProcessingException e) {
            problems.add(syntaxPosition(e), FILE_PATH, "YAML syntax error: " + syntaxMessage(e));
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports a few limits (e.g. code points) with unchecked exceptions: still one problem, never a throw
            problems.add(Position.START, FILE_PATH, "the file cannot be read as YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private Node readValue(EventYamlParser parser, JsonToken token, int depth) throws IOException {
        Position position = position(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new Refused(position, "values are nested more than " + MAX_DEPTH + " levels deep; the fleet file needs at most 7");
        }
        // the YAML anchor (`&name`) of this value, if any; Jackson only keeps a collection's
        String anchor = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? parser.getObjectId()
                : parser.isCurrentAlias() ? null : parser.lastScalar().getAnchor();
        long valuesBefore = values;
        if (++values > MAX_VALUES) throw tooLarge(position);
        Node node = switch (token) {
            case START_OBJECT -> readMap(parser, position, depth);
            case START_ARRAY -> readList(parser, position, depth);
            default -> parser.isCurrentAlias() ? readAlias(parser, position) : readScalar(parser, position);
        };
        if (anchor != null) {
            anchors.put(anchor, node);
            weights.put(node, values - valuesBefore);
        }
        return node;
    }

    private Node readMap(EventYamlParser parser, Position position, int depth) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Position keyPosition = position(parser.currentTokenLocation());
            Node value = readValue(parser, parser.nextToken(), depth + 1);
            entries.add(new Node.Entry(key, keyPosition, value));
        }
        return new Node.MapNode(position, entries);
    }

    private Node readList(EventYamlParser parser, Position position, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(readValue(parser, t, depth + 1));
        }
        return new Node.ListNode(position, items);
    }

    private Node readAlias(EventYamlParser parser, Position position) throws IOException {
        String name = parser.getText();
        Node target = anchors.get(name);
        if (target == null) {
            throw new Refused(position, "alias `*" + Echo.of(name) + "` refers to no anchor `&" + Echo.of(name) + "` defined before it");
        }
        if (!(target instanceof Node.ScalarNode)) {
            if (++collectionAliases > MAX_COLLECTION_ALIASES) {
                throw new Refused(position, "more than " + MAX_COLLECTION_ALIASES
                        + " aliases of maps or lists; a fleet file does not need that many (is this a \"billion laughs\" file?)");
            }
            // the tree shares the aliased node; count what it would weigh if expanded
            values += weights.getOrDefault(target, 1L) - 1;
            if (values > MAX_VALUES) throw tooLarge(position);
        }
        return target;
    }

    private Node readScalar(EventYamlParser parser, Position position) {
        ScalarEvent event = parser.lastScalar();
        String tag = event.getTag();
        boolean plain = event.isPlain();
        if (tag != null && !tag.equals("!")) {
            if (!tag.equals(STR_TAG) && !tag.equals("!!str")) {
                throw new Refused(position, "YAML tag " + Echo.quoted(tag) + " is not supported; remove it (the schema decides each value's type)");
            }
            plain = false;  // !!str: an explicit string, as if quoted
        }
        return new Node.ScalarNode(position, event.getValue(), plain);
    }

    private static Refused tooLarge(Position position) {
        return new Refused(position, "the file expands to more than " + MAX_VALUES
                + " values (counting every alias in full); a fleet file needs far fewer");
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static Position syntaxPosition(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new Position(mark.getLine() + 1, mark.getColumn() + 1);
        }
        return e.getLocation() == null ? Position.START : position(e.getLocation());
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
            return parserText(marked.getProblem() + context);
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Expected a field name")) {
            return "a key must be plain text, not a list, a map or an alias";
        }
        return message;
    }

    /** The parser's first line, its quotes of the file cut like any echoed value (a message of at most 200 characters). */
    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return parserText(newline < 0 ? message : message.substring(0, newline));
    }

    private static String parserText(String message) {
        return Echo.of(message, 200);
    }

    /** Why reading stopped early: the position and message of the one problem reported. */
    private static final class Refused extends RuntimeException {
        private final Position position;

        Refused(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }

    /** A YAMLFactory with the loader limits of the fleet file, whose parsers expose each scalar's style. */
    private static final class EventYamlFactory extends YAMLFactory {
        EventYamlFactory() {
            super(YAMLFactory.builder().loaderOptions(loaderOptions()));
        }

        private static LoaderOptions loaderOptions() {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
            options.setAllowDuplicateKeys(true);   // the loader reports duplicates itself, with positions
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(2 * FleetLoader.MAX_BYTES);
            return options;
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new EventYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /** Jackson's YAML parser, plus the snakeyaml event of the current scalar (its style tells quoted from plain). */
    private static final class EventYamlParser extends YAMLParser {
        EventYamlParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        ScalarEvent lastScalar() {
            return (ScalarEvent) _lastEvent;
        }
    }
}
