package dev.switchboard.core.ir;

/** Scalar kinds, named after the OpenAPI type and format they come from. */
public enum Primitive {
  STRING,
  BOOLEAN,
  /** {@code integer} without format: size unknown, treat as at least 64 bits. */
  INTEGER,
  INT32,
  INT64,
  /** {@code number} without format. */
  NUMBER,
  FLOAT,
  DOUBLE,
  DATE,
  DATE_TIME,
  UUID,
  URI,
  EMAIL,
  /** Base64 text on the wire ({@code format: byte}). */
  BASE64,
  /** Raw bytes: file parts and binary bodies. */
  BINARY
}
