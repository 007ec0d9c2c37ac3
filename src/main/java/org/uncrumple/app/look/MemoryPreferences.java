package org.uncrumple.app.look;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/**
 * Preferences held in memory only: a window under test or in a benchmark remembers its theme, place
 * and recent files here, never in the user's own preferences, and nothing is left behind.
 */
public final class MemoryPreferences extends AbstractPreferences {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, MemoryPreferences> children = new LinkedHashMap<>();

  /** A new, empty root node. */
  public MemoryPreferences() {
    this(null, "");
  }

  private MemoryPreferences(MemoryPreferences parent, String name) {
    super(parent, name);
  }

  @Override
  protected void putSpi(String key, String value) {
    values.put(key, value);
  }

  @Override
  protected String getSpi(String key) {
    return values.get(key);
  }

  @Override
  protected void removeSpi(String key) {
    values.remove(key);
  }

  @Override
  protected void removeNodeSpi() {
    values.clear();
  }

  @Override
  protected String[] keysSpi() {
    return values.keySet().toArray(new String[0]);
  }

  @Override
  protected String[] childrenNamesSpi() {
    return children.keySet().toArray(new String[0]);
  }

  @Override
  protected AbstractPreferences childSpi(String name) {
    return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
  }

  @Override
  protected void syncSpi() {}

  @Override
  protected void flushSpi() {}
}
