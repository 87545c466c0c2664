package dev.switchboard.golang;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.List;
import java.util.function.Function;

/**
 * Every list method has a twin named {@code <method>Pages} yielding whole pages. The twins' names are
 * reserved in a receiver's scope before any method claims its own, so that an operation spelled like
 * a twin ({@code listThingsPages} beside {@code listThings}) is numbered, with a warning, instead of
 * declaring the method twice.
 */
final class PagesTwins {
  static final String SUFFIX = "Pages";

  private PagesTwins() {}

  /** Reserves in {@code scope} the twin of each of {@code methods} whose operation is paged, named by {@code names}. */
  static <T> void reserve(SymbolTable.Scope scope, List<T> methods, Function<T, PlanOperation> operation,
      Function<T, Name> names) {
    scope.reserve(methods.stream().filter(m -> operation.apply(m).result() instanceof Result.Paged)
        .map(m -> GoSymbols.PROVIDER.spell(NameKind.OPERATION, names.apply(m)) + SUFFIX).toList());
  }
}
