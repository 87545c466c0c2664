package dev.switchboard.generated.tree.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** File content to upload, from a {@link Path}, a byte array or an {@link InputStream}. */
public final class UploadFile {
  private final Path path;
  private final byte[] bytes;
  private final String filename;
  private final String contentType;

  private UploadFile(Path path, byte[] bytes, String filename, String contentType) {
    this.path = path;
    this.bytes = bytes;
    this.filename = filename;
    this.contentType = contentType;
  }

  /** The file at {@code path}, read when the request is sent; its name is the file name. */
  public static UploadFile of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return new UploadFile(path, null, name == null ? "file" : name.toString(), null);
  }

  /** The given bytes, named {@code file}. */
  public static UploadFile of(byte[] content) {
    return of(content, "file");
  }

  /** The given bytes with a file name. */
  public static UploadFile of(byte[] content, String filename) {
    Objects.requireNonNull(content, "content");
    return new UploadFile(
        null, content.clone(), Objects.requireNonNull(filename, "filename"), null);
  }

  /** Everything the stream holds, read now; the stream is not closed. */
  public static UploadFile of(InputStream content) {
    return of(content, "file");
  }

  /** Everything the stream holds, read now, with a file name; the stream is not closed. */
  public static UploadFile of(InputStream content, String filename) {
    try {
      return new UploadFile(
          null, content.readAllBytes(), Objects.requireNonNull(filename, "filename"), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same content sent with the given media type. */
  public UploadFile withContentType(String contentType) {
    return new UploadFile(
        path, bytes, filename, Objects.requireNonNull(contentType, "contentType"));
  }

  /** The same content sent under another file name. */
  public UploadFile withFilename(String filename) {
    return new UploadFile(path, bytes, Objects.requireNonNull(filename, "filename"), contentType);
  }

  public String filename() {
    return filename;
  }

  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** The content; a file is read each time. */
  public byte[] bytes() {
    if (bytes != null) {
      return bytes.clone();
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpRequest.BodyPublisher publisher() {
    if (path == null) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    try {
      return HttpRequest.BodyPublishers.ofFile(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "UploadFile{" + filename + "}";
  }
}
