package dev.switchboard.core.spec;

import dev.switchboard.core.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a spec file as UTF-8 text, refusing what is not a regular file, too large, or not UTF-8. */
final class SpecText {
  /** The largest document read: far above any real spec (GitHub's is about 12 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private SpecText() {}

  static Optional<String> read(Path file, Diagnostics diagnostics) {
    if (!Files.isRegularFile(file)) {
      diagnostics.error("not-a-file", "", file + " is not a regular file (a folder, a device or a pipe?)", "pass the path of an OpenAPI file");
      return Optional.empty();
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        diagnostics.error("too-large", "", file + " is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (64 MiB)",
            "split the spec into several files or remove what the SDK does not need");
        return Optional.empty();
      }
      return decode(Files.readAllBytes(file), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      int offset = firstInvalid(bytes);
      diagnostics.error("not-utf8", "line " + line(bytes, offset) + ", byte " + offset,
          String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xff),
          "save the file as UTF-8; Latin-1 and other encodings are not accepted");
      return Optional.empty();
    }
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalid(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (length == 0 || i + length > bytes.length) {
        return i;
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return Math.max(0, bytes.length - 1);
  }

  private static int line(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
