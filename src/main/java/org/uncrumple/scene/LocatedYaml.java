package org.uncrumple.scene;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML (scene) or JSON (model) document as a Jackson tree, plus where in the text each field and
 * list item starts, so that messages can point at a line and column. Locations are keyed by JSON
 * pointer ({@code /training/learning-rate}, {@code /network/hidden/1}); they are found only when a
 * message needs one, by reading the text a second time, so a valid file is read once.
 *
 * <p>Hostile text is refused quickly and with a message: YAML aliases (so no "billion laughs"),
 * duplicate keys, a second document in the same file, control characters, values of more than
 * {@value #MAX_RUN} characters without a space (which the YAML parser reads slowly), more than
 * {@value #MAX_VALUES} values in a scene, lists and mappings nested more than {@value #MAX_DEPTH}
 * deep.
 */
final class LocatedYaml {
  /**
   * At most this many values in a scene file, counted as the parser's tokens: every number, text,
   * field name, and the start and end of every list and mapping. Inline weights of networks up to
   * about 90,000 parameters fit; bigger ones belong in a model file.
   */
  static final int MAX_VALUES = 100_000;

  /** At most this many characters in a row without white space or a YAML flow mark. */
  static final int MAX_RUN = 10_000;

  /** The two syntaxes: scenes are YAML, models JSON. */
  enum Syntax {
    YAML,
    JSON
  }

  /** Scenes and models nest a few levels deep; this many is certainly not one of them. */
  static final int MAX_DEPTH = 40;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
  private static final YAMLFactory YAML_FACTORY = yamlFactory();

  private static final JsonFactory JSON_FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(CONSTRAINTS)
          .build();
  private static final ObjectMapper TREES = new ObjectMapper();

  private static YAMLFactory yamlFactory() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(SceneReader.MAX_BYTES);
    options.setNestingDepthLimit(MAX_DEPTH);
    YAMLFactory factory =
        YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private final String source;
  private final String text;
  private final Syntax syntax;
  private final JsonNode root;
  private Map<String, JsonLocation> locations;

  private LocatedYaml(String source, String text, Syntax syntax, JsonNode root) {
    this.source = source;
    this.text = text;
    this.syntax = syntax;
    this.root = root;
  }

  /**
   * Parses YAML {@code text}; {@code source} names the file in messages.
   *
   * @throws SceneException when the text is not valid YAML or is hostile (see the class comment)
   */
  static LocatedYaml parse(String source, String text) throws SceneException {
    checkCharacters(source, text);
    return parse(source, text, Syntax.YAML);
  }

  /** Parses JSON {@code text} (a model file), with no limit on the number of values. */
  static LocatedYaml parseJson(String source, String text) throws SceneException {
    return parse(source, text, Syntax.JSON);
  }

  private static LocatedYaml parse(String source, String text, Syntax syntax)
      throws SceneException {
    JsonParser parser;
    try {
      parser = open(text, syntax);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    try (parser) {
      JsonNode root = TREES.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw new SceneException(
            String.format(
                "%s, %s: a second document starts here; a %s file holds exactly one",
                source,
                at(parser.currentTokenLocation()),
                syntax == Syntax.YAML ? "scene" : "model"));
      }
      return new LocatedYaml(source, text, syntax, root);
    } catch (JsonProcessingException e) {
      throw new SceneException(describe(source, syntax, e, parser.currentLocation()), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  private static JsonParser open(String text, Syntax syntax) throws IOException {
    return syntax == Syntax.YAML
        ? new Guarded(YAML_FACTORY.createParser(text), MAX_VALUES)
        : new Guarded(JSON_FACTORY.createParser(text), Integer.MAX_VALUE);
  }

  JsonNode root() {
    return root;
  }

  /**
   * "paper-ball.yaml, line 12, column 3" for the field at {@code pointer}, or the closest parent.
   */
  String where(String pointer) {
    if (locations == null) {
      locations = locate();
    }
    String path = pointer;
    while (!path.isEmpty()) {
      JsonLocation location = locations.get(path);
      if (location != null) {
        return source + ", " + at(location);
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return source;
  }

  private Map<String, JsonLocation> locate() {
    Map<String, JsonLocation> result = new HashMap<>();
    try (JsonParser parser = open(text, syntax)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (!token.isStructEnd()) {
          // The first token of a path is its key (in a mapping) or its item (in a list).
          result.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("the text was read once already; it reads again", e);
    }
    return result;
  }

  private static String at(JsonLocation location) {
    return String.format("line %d, column %d", location.getLineNr(), location.getColumnNr());
  }

  /** A message for a parse error: where, and what is wrong in words. */
  private static String describe(
      String source, Syntax syntax, JsonProcessingException e, JsonLocation reached) {
    String original = String.valueOf(e.getOriginalMessage());
    JsonLocation location = e.getLocation() != null ? e.getLocation() : reached;
    String where = location == null ? "" : ", " + at(location);
    if (e instanceof Refused) {
      return source + where + ": " + original;
    }
    String field = field(e);
    if (original.startsWith("Malformed numeric value '")) {
      String value = original.substring(25, original.lastIndexOf('\''));
      String lower = value.toLowerCase(Locale.ROOT);
      if (lower.contains("nan") || lower.contains("inf")) {
        return String.format(
            "%s%s: %s is %s, which is not a finite number; only finite numbers are allowed",
            source, where, field == null ? "a value" : field, value);
      }
    }
    if (original.startsWith("Duplicate field '")) {
      String key = original.substring(17, original.lastIndexOf('\''));
      return String.format(
          "%s%s: the field \"%s\" appears twice%s; each field may appear only once",
          source, where, key, parentOf(field));
    }
    if (original.contains("nesting depth")) {
      return String.format(
          "%s%s: lists and mappings are nested more than %d deep here; a %s needs a few levels at"
              + " most",
          source, where, MAX_DEPTH, syntax == Syntax.YAML ? "scene" : "model");
    }
    if (original.startsWith("Expected a field name")) {
      return String.format(
          "%s%s: a field name must be a plain word, not a list or a mapping", source, where);
    }
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return String.format(
          "%s, line %d, column %d: this is not valid YAML: %s",
          source, mark.getLine() + 1, mark.getColumn() + 1, problem(marked.getProblem()));
    }
    return String.format(
        "%s%s: this is not valid %s (%s)", source, where, syntax, firstLine(original));
  }

  /** The name of the field being read when the parser failed, e.g. "training.learning-rate". */
  private static String field(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    JsonStreamContext context = parser.getParsingContext();
    String pointer = context == null ? "" : context.pathAsPointer().toString();
    return pointer.isEmpty() ? null : Fields.name(pointer);
  }

  private static String parentOf(String field) {
    if (field == null || field.lastIndexOf('.') < 0) {
      return "";
    }
    return " in " + field.substring(0, field.lastIndexOf('.'));
  }

  private static String problem(String problem) {
    if (problem == null) {
      return "the text cannot be read as YAML";
    }
    if (problem.contains("(TAB)")) {
      return "a tab character; YAML indents with spaces only";
    }
    return firstLine(problem);
  }

  /** The first line of a parser's message, without the parser's own notes on the source. */
  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    for (String note : new String[] {" (start marker at", " at [Source", " [Source"}) {
      int at = line.indexOf(note);
      if (at > 0) {
        line = line.substring(0, at);
      }
    }
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /**
   * Refuses control characters, which YAML does not allow, and very long runs of characters without
   * a space or flow mark, which the YAML parser reads slowly; both are signs of a file that is not
   * a scene at all.
   */
  private static void checkCharacters(String source, String text) throws SceneException {
    int line = 1;
    int column = 1;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        throw new SceneException(
            String.format(
                "%s, line %d, column %d: the text holds the control character U+%04X, which YAML"
                    + " does not allow",
                source, line, column, (int) c));
      }
      if (Character.isWhitespace(c) || ",[]{}".indexOf(c) >= 0) {
        run = 0;
      } else if (++run > MAX_RUN) {
        throw new SceneException(
            String.format(
                "%s, line %d, column %d: a value runs on for more than %,d characters without a"
                    + " space; a scene holds nothing that long",
                source, line, column - MAX_RUN, MAX_RUN));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7F
        || (c >= 0x80 && c <= 0x9F && c != 0x85)
        || c == 0xFFFE
        || c == 0xFFFF;
  }

  /** A document refused as hostile; its message is complete. */
  private static final class Refused extends JsonParseException {
    private static final long serialVersionUID = 1L;

    Refused(JsonParser parser, String message) {
      super(parser, message);
    }
  }

  /**
   * The parser that reads a document: it counts values and refuses YAML aliases, so that neither a
   * file of millions of tiny values nor an alias bomb can keep the reader busy.
   */
  private static final class Guarded extends JsonParserDelegate {
    private final int maxValues;
    private int values;

    Guarded(JsonParser parser, int maxValues) {
      super(parser);
      this.maxValues = maxValues;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = delegate.nextToken();
      if (token != null && ++values > maxValues) {
        throw new Refused(
            this,
            String.format(
                "more than %,d values; a scene file holds at most %,d (save a large trained"
                    + " network as a model file instead)",
                maxValues, maxValues));
      }
      if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        throw new Refused(
            this,
            "the alias *"
                + yaml.getText()
                + " refers to another part of the file; scene files cannot use aliases, so"
                + " write the value out in full");
      }
      return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
  }
}
