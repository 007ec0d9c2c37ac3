package org.uncrumple.export;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file an export writes, told apart by the output's extension. */
public enum ExportFormat {
  /** H.264 video in an MP4 file. */
  MP4,
  /** An animated GIF that loops, with a palette made from the view's colours. */
  GIF,
  /** One PNG for a still; for an animation, one PNG per frame with zero-padded numbers. */
  PNG;

  /** The extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name asks for. */
  public static ExportFormat of(Path file) throws ExportException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (lower.endsWith("." + format.extension())) {
        return format;
      }
    }
    throw new ExportException(
        file + ": the name must end in .mp4, .gif or .png, which say what kind of file to write");
  }
}
