package dev.switchboard.core.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Hands out a language's identifiers, unique within scopes keyed by the thing they belong to (a
 * class, a method, a module), clear of the words the language's {@link SymbolProvider} reserves.
 * Every spec name that cannot be spelled as wanted is recorded as a {@link SymbolRename} where it
 * happens; the pipeline's rename warnings are made from that record, so each warning matches a
 * rename in the output and each rename has a warning.
 */
public final class SymbolTable {
  private final SymbolProvider provider;
  private final List<SymbolRename> renames = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final Map<Object, Scope> scopes = new LinkedHashMap<>();

  public SymbolTable(SymbolProvider provider) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
  }

  /** The scope for {@code key}, created on first use. */
  public Scope scope(Object key) {
    Objects.requireNonNull(key, "key == null");
    return scopes.computeIfAbsent(key, k -> new Scope());
  }

  /** A scope of its own, for names nothing else looks up (a method's arguments). */
  public Scope newScope() {
    return new Scope();
  }

  /** Every rename so far, in the order they happened. */
  public List<SymbolRename> renames() {
    return List.copyOf(renames);
  }

  /** Every spec name given an identifier so far, in the order they were claimed: the SDK's surface. */
  public List<Claim> claims() {
    return List.copyOf(claims);
  }

  /** A spec name of some kind, from {@code source}, given {@code identifier}. */
  public record Claim(NameKind kind, String identifier, Source source) {
    public Claim {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(identifier, "identifier == null");
      Objects.requireNonNull(source, "source == null");
    }
  }

  /** Where a spec name comes from: its text as written and the JSON pointer of its place. */
  public record Source(String name, String pointer) {
    public Source {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(pointer, "pointer == null");
    }
  }

  /** Identifiers taken in one namespace. */
  public final class Scope {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> reserved = new HashSet<>();

    private Scope() {}

    /** Makes identifiers reserved here as the language's own reserved words are: they are escaped. */
    public Scope reserveWords(Collection<String> identifiers) {
      identifiers.forEach(i -> reserved.add(key(i)));
      return this;
    }

    /** Makes identifiers the generated code itself uses unavailable here. */
    public Scope reserve(Collection<String> identifiers) {
      identifiers.forEach(i -> taken.add(key(i)));
      return this;
    }

    public boolean isTaken(String identifier) {
      return taken.contains(key(identifier));
    }

    private String key(String identifier) {
      return provider.ignoresCase() ? identifier.toLowerCase(Locale.ROOT) : identifier;
    }

    /**
     * Claims {@code identifier}, {@code source}'s natural spelling as a name of {@code kind}: a
     * reserved word is escaped, then a taken one numbered, and either change is recorded.
     */
    public String claim(NameKind kind, String identifier, Source source) {
      Objects.requireNonNull(source, "source == null");
      boolean reserved = isReserved(kind, identifier);
      String given = free(kind, reserved ? provider.escape(kind, identifier) : identifier);
      taken.add(key(given));
      claims.add(new Claim(kind, given, source));
      if (!given.equals(identifier)) {
        renames.add(new SymbolRename(kind, source.name(), source.pointer(), identifier, given,
            reserved ? SymbolRename.Reason.RESERVED : SymbolRename.Reason.TAKEN));
      }
      return given;
    }

    /**
     * Claims a name the generator made up (a params class, a module): reserved words are escaped
     * and clashes numbered without a record, since the spec's authors did not write it.
     */
    public String claimGenerated(NameKind kind, String identifier) {
      String given = free(kind, isReserved(kind, identifier) ? provider.escape(kind, identifier) : identifier);
      taken.add(key(given));
      return given;
    }

    private boolean isReserved(NameKind kind, String identifier) {
      return reserved.contains(key(identifier)) || provider.isReserved(kind, identifier);
    }

    /** The first candidate neither taken nor in a reserved set (rules apply to the wanted name only). */
    private String free(NameKind kind, String identifier) {
      String candidate = identifier;
      for (int n = 2; isTaken(candidate) || reserved.contains(key(candidate))
          || provider.reserved(kind).contains(candidate); n++) {
        candidate = provider.numbered(kind, identifier, n);
      }
      return candidate;
    }
  }
}
