package dev.switchboard.core.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects diagnostics for one input file; read them back sorted. */
public final class Diagnostics {
  private final String file;
  private final Set<Diagnostic> collected = new LinkedHashSet<>();

  public Diagnostics(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void error(String id, String location, String message, String hint) {
    add(new Diagnostic(id, Severity.ERROR, file, location, message, Optional.ofNullable(hint)));
  }

  public void warning(String id, String location, String message, String hint) {
    add(new Diagnostic(id, Severity.WARNING, file, location, message, Optional.ofNullable(hint)));
  }

  public synchronized void add(Diagnostic diagnostic) {
    collected.add(diagnostic);
  }

  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(collected);
    list.sort(null);
    return list;
  }

  public synchronized boolean hasErrors() {
    return collected.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public synchronized long count(Severity severity) {
    return collected.stream().filter(d -> d.severity() == severity).count();
  }
}
