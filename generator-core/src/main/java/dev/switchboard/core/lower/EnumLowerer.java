package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Declares string and integer enums; {@code null} in the values makes the reference nullable. */
final class EnumLowerer {
  private final TypeRegistry registry;
  private final Diagnostics diagnostics;

  EnumLowerer(TypeRegistry registry, Diagnostics diagnostics) {
    this.registry = registry;
    this.diagnostics = diagnostics;
  }

  TypeRef lower(Schema<?> schema, String type, Name name, String pointer, Optional<String> fixedId, Docs docs) {
    String id = fixedId.orElseGet(() -> registry.reserveInline(name));
    TypeDecl.EnumBase base = type.equals("integer") ? TypeDecl.EnumBase.INTEGER : TypeDecl.EnumBase.STRING;
    List<TypeDecl.EnumValue> values = values(schema.getEnum(), base, pointer);
    registry.define(new TypeDecl.EnumType(id, registry.name(id), docs, base, values, pointer));
    return TypeRef.named(id);
  }

  private List<TypeDecl.EnumValue> values(List<?> raw, TypeDecl.EnumBase base, String pointer) {
    UniqueNames names = new UniqueNames();
    List<TypeDecl.EnumValue> values = new ArrayList<>();
    for (Object value : new LinkedHashSet<>(raw)) {
      if (value == null) {
        continue;
      }
      Object wire = base == TypeDecl.EnumBase.STRING ? String.valueOf(value) : value;
      Name wanted = Name.of(String.valueOf(value));
      Name name = names.claim(wanted);
      if (!name.equals(wanted)) {
        diagnostics.warning("name-collision", pointer + "/enum",
            "enum value '" + value + "' collides with another after case conversion; its constant gets a suffix",
            null);
      }
      values.add(new TypeDecl.EnumValue(name, Values.tree(wire), Docs.NONE));
    }
    return values;
  }
}
