package org.uncrumple.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the label texts of a CSV file into classes. While reading, each new text gets the next
 * provisional index; at the end, if every label was an integer (an optional sign and digits), the
 * classes are ordered by numeric value and named by their text ("01" and "1" are one class, named
 * by the first text seen); otherwise the texts are class names in order of first appearance.
 */
final class LabelClasses {
  private final Map<String, Integer> indexByText = new HashMap<>();
  private final List<String> texts = new ArrayList<>();
  private boolean allIntegers = true;

  /**
   * Returns the provisional index of a label text, adding it when new.
   *
   * @param text the label as written, trimmed and unquoted, not empty
   * @return the provisional index, in order of first appearance
   */
  int indexOf(String text) {
    Integer index = indexByText.get(text);
    if (index != null) {
      return index;
    }
    int added = texts.size();
    indexByText.put(text, added);
    texts.add(text);
    allIntegers &= isInteger(text);
    return added;
  }

  /**
   * Returns the number of different label texts seen so far.
   *
   * @return the count
   */
  int textCount() {
    return texts.size();
  }

  /**
   * Returns a label text seen.
   *
   * @param index its provisional index
   * @return the text
   */
  String text(int index) {
    return texts.get(index);
  }

  /**
   * Maps provisional indices to final classes and fills in the class names.
   *
   * @param names receives the class names in class order
   * @return the final class of each provisional index
   */
  int[] finish(List<String> names) {
    int[] classOf = new int[texts.size()];
    if (!allIntegers) {
      names.addAll(texts);
      for (int i = 0; i < classOf.length; i++) {
        classOf[i] = i;
      }
      return classOf;
    }
    TreeMap<Long, String> nameByValue = new TreeMap<>();
    for (String text : texts) {
      nameByValue.putIfAbsent(value(text), text);
    }
    Map<Long, Integer> classByValue = new HashMap<>();
    for (Long value : nameByValue.keySet()) {
      classByValue.put(value, names.size());
      names.add(nameByValue.get(value));
    }
    for (int i = 0; i < classOf.length; i++) {
      classOf[i] = classByValue.get(value(texts.get(i)));
    }
    return classOf;
  }

  private static boolean isInteger(String text) {
    int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (start == text.length() || text.length() - start > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static long value(String text) {
    return Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text);
  }
}
