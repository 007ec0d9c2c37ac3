package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, validated access to the fields of a {@link LocatedYaml} document. Each method takes the
 * field's JSON pointer, returns its value or its default, and otherwise throws a {@link
 * SceneException} that says where the field is, what it holds and what is allowed.
 */
final class Fields {
  /** Found values longer than this are shortened in messages. */
  private static final int FOUND_LENGTH = 60;

  private final LocatedYaml yaml;

  Fields(LocatedYaml yaml) {
    this.yaml = yaml;
  }

  String where(String pointer) {
    return yaml.where(pointer);
  }

  /**
   * {@code /network/hidden/0/width} → {@code network.hidden[1].width} (list items count from 1).
   */
  static String name(String pointer) {
    StringBuilder name = new StringBuilder();
    for (String part : pointer.substring(1).split("/")) {
      if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
        name.append('[').append(Integer.parseInt(part) + 1).append(']');
      } else {
        if (name.length() > 0) {
          name.append('.');
        }
        name.append(part);
      }
    }
    return name.toString();
  }

  void allowOnly(String pointer, JsonNode node, Set<String> allowed) throws SceneException {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        String section = pointer.isEmpty() ? "the file's top level" : name(pointer);
        String suggestion = closest(key, allowed);
        throw new SceneException(
            String.format(
                "%s: unknown field \"%s\" in %s%s; allowed: %s",
                where(pointer + "/" + key),
                key,
                section,
                suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)",
                String.join(", ", new TreeSet<>(allowed))));
      }
    }
  }

  /** The allowed name nearest to {@code key} if it is a plausible typo, else null. */
  static String closest(String key, Set<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int distance = editDistance(key.toLowerCase(java.util.Locale.ROOT), candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
  }

  /** Levenshtein distance: the fewest single-letter edits turning one word into the other. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Reads one field described by the schema; its default when absent. */
  Object read(JsonNode section, SceneSchema.Field field) throws SceneException {
    String pointer = field.pointer();
    switch (field.kind()) {
      case TEXT:
        return text(section, pointer, (String) field.fallback());
      case CHOICE:
        {
          String value = text(section, pointer, (String) field.fallback());
          if (!field.choices().contains(value)) {
            throw new SceneException(
                String.format(
                    "%s: %s is \"%s\"; it must be %s",
                    where(pointer), name(pointer), value, field.allowed()));
          }
          return value;
        }
      case BOOLEAN:
        return bool(section, pointer, (Boolean) field.fallback());
      case WHOLE:
        return integer(
            section,
            pointer,
            ((Number) field.fallback()).longValue(),
            field.min() == -Double.MAX_VALUE ? Long.MIN_VALUE : (long) field.min(),
            field.max() == Double.MAX_VALUE ? Long.MAX_VALUE : (long) field.max());
      case NUMBER:
        return number(
            section,
            pointer,
            ((Number) field.fallback()).doubleValue(),
            field.min(),
            field.minimumIncluded(),
            field.max());
      default:
        throw new IllegalStateException("unknown kind " + field.kind());
    }
  }

  JsonNode object(JsonNode parent, String pointer) throws SceneException {
    JsonNode node = parent.get(last(pointer));
    if (node == null || node.isNull()) {
      throw new SceneException(where(parentOf(pointer)) + ": " + name(pointer) + " is missing");
    }
    if (!node.isObject()) {
      throw new SceneException(
          String.format(
              "%s: %s must be a mapping of fields, not %s",
              where(pointer), name(pointer), found(node)));
    }
    return node;
  }

  String text(JsonNode parent, String pointer, String fallback) throws SceneException {
    JsonNode node = parent.get(last(pointer));
    if (node == null || node.isNull()) {
      return required(fallback, pointer, "a text");
    }
    // An optional text (one with a default) may be empty; a required one may not.
    if (!node.isValueNode() || (fallback == null && node.asText().isBlank())) {
      throw wrong(pointer, node, "a text");
    }
    return node.asText();
  }

  <T> T choice(JsonNode parent, String pointer, String fallback, Function<String, T> parse)
      throws SceneException {
    String value = text(parent, pointer, fallback);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new SceneException(
          String.format(
              "%s: %s is \"%s\"; %s", where(pointer), name(pointer), value, e.getMessage()));
    }
  }

  double number(
      JsonNode parent, String pointer, double fallback, double min, boolean minAllowed, double max)
      throws SceneException {
    JsonNode node = parent.get(last(pointer));
    String allowed =
        String.format(
            "a number %s %s and at most %s", minAllowed ? "from" : "above", plain(min), plain(max));
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber()) {
      throw wrong(pointer, node, allowed);
    }
    double value = node.asDouble();
    if (!(minAllowed ? value >= min : value > min) || !(value <= max)) {
      throw wrong(pointer, node, allowed);
    }
    return value;
  }

  long integer(JsonNode parent, String pointer, long fallback, long min, long max)
      throws SceneException {
    JsonNode node = parent.get(last(pointer));
    String allowed =
        min == Long.MIN_VALUE
            ? "a whole number"
            : String.format("a whole number from %d to %d", min, max);
    if (node == null || node.isNull()) {
      if (fallback < min) {
        throw new SceneException(
            where(parentOf(pointer)) + ": " + name(pointer) + " is missing; it must be " + allowed);
      }
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw wrong(pointer, node, allowed);
    }
    long value = node.asLong();
    if (value < min || value > max) {
      throw wrong(pointer, node, allowed);
    }
    return value;
  }

  boolean bool(JsonNode parent, String pointer, boolean fallback) throws SceneException {
    JsonNode node = parent.get(last(pointer));
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw wrong(pointer, node, "true or false");
    }
    return node.asBoolean();
  }

  Number anyNumber(JsonNode parent, String pointer) throws SceneException {
    JsonNode node = parent.get(last(pointer));
    if (node == null || !node.isNumber()) {
      throw wrong(pointer, node, "a number");
    }
    return node.numberValue();
  }

  private <T> T required(T fallback, String pointer, String allowed) throws SceneException {
    if (fallback == null) {
      throw new SceneException(
          where(parentOf(pointer)) + ": " + name(pointer) + " is missing; it must be " + allowed);
    }
    return fallback;
  }

  private SceneException wrong(String pointer, JsonNode node, String allowed) {
    return new SceneException(
        String.format(
            "%s: %s is %s; it must be %s", where(pointer), name(pointer), found(node), allowed));
  }

  /** What a field holds, in words, for messages; long texts are cut short. */
  static String found(JsonNode node) {
    if (node == null || node.isNull()) {
      return "empty";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    String text = node.asText();
    if (text.length() > FOUND_LENGTH) {
      text =
          text.substring(0, FOUND_LENGTH)
              + "… ("
              + String.format("%,d", text.length())
              + " characters)";
    }
    return node.isTextual() ? "\"" + text + "\"" : text;
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String parentOf(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }
}
