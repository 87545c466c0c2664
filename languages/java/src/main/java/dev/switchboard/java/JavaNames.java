package dev.switchboard.java;

import java.util.Set;

/** Words Java reserves, and java.lang names a generated class must not shadow. */
final class JavaNames {
  private JavaNames() {}

  /** Keywords, contextual keywords that break as identifiers, and literals. */
  static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "var", "yield", "record", "sealed", "permits", "non-sealed", "when",
      "true", "false", "null", "_");

  /** Public types of java.lang (Java 11 to 21): a same-package class with such a name shadows them. */
  static final Set<String> JAVA_LANG = Set.of(
      "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
      "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError",
      "Byte", "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError",
      "ClassFormatError", "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException",
      "Cloneable", "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException",
      "Error", "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface",
      "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
      "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
      "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
      "InstantiationError", "InstantiationException", "Integer", "InternalError", "InterruptedException",
      "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math",
      "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
      "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException",
      "Number", "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
      "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
      "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
      "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
      "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "StringTemplate",
      "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable",
      "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
      "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

  /** Members every class has, which no property accessor may hide. */
  static final Set<String> OBJECT_MEMBERS = Set.of(
      "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");
}
