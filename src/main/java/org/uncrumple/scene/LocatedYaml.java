package org.uncrumple.scene;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree, plus where in the text each field and list item starts, so
 * that messages can point at a line and column.
 *
 * <p>Locations are keyed by JSON pointer ({@code /training/learning-rate}, {@code
 * /network/hidden/1}).
 */
final class LocatedYaml {
  /**
   * No aliases on collections (no "billion laughs"), duplicate keys are errors, and the text may be
   * no longer than a scene file may be.
   */
  private static final YAMLFactory YAML = factory();

  private static YAMLFactory factory() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(SceneReader.MAX_BYTES);
    options.setNestingDepthLimit(40);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private final String source;
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private LocatedYaml(String source, JsonNode root, Map<String, JsonLocation> locations) {
    this.source = source;
    this.root = root;
    this.locations = locations;
  }

  /**
   * Parses {@code text}; {@code source} names the file in messages.
   *
   * @throws SceneException when the text is not valid YAML
   */
  static LocatedYaml parse(String source, String text) throws SceneException {
    try {
      JsonNode root = new ObjectMapper(YAML).readTree(text);
      return new LocatedYaml(source, root, locate(text));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String line =
          where == null
              ? ""
              : String.format(", line %d, column %d", where.getLineNr(), where.getColumnNr());
      throw new SceneException(
          source + line + ": this is not valid YAML (" + e.getOriginalMessage() + ")", e);
    }
  }

  private static Map<String, JsonLocation> locate(String text) throws JsonProcessingException {
    Map<String, JsonLocation> result = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (!token.isStructEnd()) {
          // The first token of a path is its key (in a mapping) or its item (in a list).
          result.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    return result;
  }

  JsonNode root() {
    return root;
  }

  /**
   * "paper-ball.yaml, line 12, column 3" for the field at {@code pointer}, or the closest parent.
   */
  String where(String pointer) {
    String path = pointer;
    while (!path.isEmpty()) {
      JsonLocation location = locations.get(path);
      if (location != null) {
        return String.format(
            "%s, line %d, column %d", source, location.getLineNr(), location.getColumnNr());
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return source;
  }
}
