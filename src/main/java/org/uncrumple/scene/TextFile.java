package org.uncrumple.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a scene or model file as text, refusing what is not: files over a size limit (before they
 * are read), bytes that are not UTF-8 and zero bytes, each with the line and column where the
 * trouble starts. A UTF-8 byte order mark is dropped; Windows line endings are left to the parser,
 * which accepts them.
 */
final class TextFile {
  private TextFile() {}

  /**
   * Reads {@code file} as UTF-8 text.
   *
   * @param kind what the file should be, for messages: "a scene file", "a model file"
   * @throws SceneException when the file is missing, too big, binary or not UTF-8
   */
  static String read(Path file, long maxBytes, String kind) throws SceneException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new SceneException(
            String.format(
                "%s: the file is %,d bytes; %s may have at most %,d", name, size, kind, maxBytes));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read at most one byte more than allowed, in case the file grew since its size was taken.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
    } catch (NoSuchFileException e) {
      throw new SceneException(name + ": there is no such file (" + file + ")", e);
    } catch (IOException e) {
      throw new SceneException(name + ": cannot be read (" + describe(e) + ")", e);
    }
    if (bytes.length > maxBytes) {
      throw new SceneException(
          String.format(
              "%s: the file is larger than %,d bytes; %s may not be", name, maxBytes, kind));
    }
    return decode(name, bytes);
  }

  /** Decodes UTF-8 bytes, dropping a byte order mark; {@code name} names the file in messages. */
  static String decode(String name, byte[] bytes) throws SceneException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new SceneException(
            String.format(
                "%s, %s: this is not a text file (it holds a zero byte)",
                name, position(bytes, i)));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new SceneException(
          String.format(
              "%s, %s: this is not UTF-8 text (byte 0x%02X cannot start or continue a character);"
                  + " save the file as UTF-8",
              name, position(bytes, at), bytes[at] & 0xff));
    }
    out.flip();
    String text = out.toString();
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** "line 3, column 7" of the byte at {@code offset}, counting characters, not bytes. */
  private static String position(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
