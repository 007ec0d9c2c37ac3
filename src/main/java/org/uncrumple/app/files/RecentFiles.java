package org.uncrumple.app.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The scenes opened last, newest first, remembered between runs in the user's preferences ({@link
 * Preferences}). At most {@link #MAX} entries; files that no longer exist are kept (the menu says
 * so when one is picked) until pushed out.
 */
public final class RecentFiles {
  static final int MAX = 8;
  private static final String KEY = "recent.";
  private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

  private final Preferences preferences;

  public RecentFiles(Preferences preferences) {
    this.preferences = preferences;
  }

  /**
   * The remembered files, newest first. An entry that is not a path at all (a damaged preferences
   * file) is logged and forgotten.
   */
  public List<Path> list() {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < MAX; i++) {
      String value = preferences.get(KEY + i, null);
      if (value == null) {
        continue;
      }
      try {
        files.add(Path.of(value));
      } catch (InvalidPathException notAPath) {
        LOG.log(
            System.Logger.Level.WARNING,
            "A remembered recent file is not a path (" + notAPath.getMessage() + "); forgotten");
        preferences.remove(KEY + i);
      }
    }
    return files;
  }

  /** Puts {@code file} first. */
  public void add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> files = list();
    files.remove(absolute);
    files.add(0, absolute);
    store(files);
  }

  void remove(Path file) {
    List<Path> files = list();
    files.remove(file);
    store(files);
  }

  private void store(List<Path> files) {
    for (int i = 0; i < MAX; i++) {
      if (i < files.size()) {
        preferences.put(KEY + i, files.get(i).toString());
      } else {
        preferences.remove(KEY + i);
      }
    }
  }
}
