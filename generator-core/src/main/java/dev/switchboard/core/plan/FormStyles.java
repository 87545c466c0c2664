package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how each field of a form or multipart body is written. A field's {@code encoding} is
 * followed exactly, with OpenAPI's defaults (form, explode) for what it leaves out. Without one,
 * arrays and objects in a form follow the spec's own parameters:
 * when most query parameters that take an array or object use {@code deepObject} (Stripe), form
 * fields do too, arrays by index ({@code expand[0]=a}); otherwise arrays repeat their key and
 * objects use brackets.
 */
final class FormStyles {
  private final Map<String, TypeDecl> types;
  private final boolean deepByDefault;

  private FormStyles(Map<String, TypeDecl> types, boolean deepByDefault) {
    this.types = types;
    this.deepByDefault = deepByDefault;
  }

  static FormStyles of(Api api) {
    Map<String, TypeDecl> types = api.typesById();
    FormStyles probe = new FormStyles(types, false);
    int deep = 0;
    int other = 0;
    for (Resource resource : api.resources()) {
      for (Operation operation : resource.operations()) {
        for (Parameter parameter : operation.parameters(Parameter.Location.QUERY)) {
          if (probe.shape(parameter.type()) != Shape.SCALAR) {
            if (parameter.style() == Parameter.Style.DEEP_OBJECT) {
              deep++;
            } else {
              other++;
            }
          }
        }
      }
    }
    return new FormStyles(types, deep > 0 && deep >= other);
  }

  /** The encodings of a flattened body's fields that need one, in property order. */
  List<FieldEncoding> of(BodyContent content, TypeDecl.ObjectType object) {
    List<FieldEncoding> result = new ArrayList<>();
    if (content.kind() != MediaKind.FORM && content.kind() != MediaKind.MULTIPART) {
      return result;
    }
    for (Property property : object.properties()) {
      if (property.readOnly()) {
        continue;
      }
      String wire = property.name().wire();
      Optional<BodyContent.Encoding> declared = content.encodings().stream().filter(e -> e.property().equals(wire)).findFirst();
      Optional<String> contentType = declared.flatMap(BodyContent.Encoding::contentType);
      if (content.kind() == MediaKind.MULTIPART) {
        contentType.ifPresent(type -> result.add(new FieldEncoding(wire, Optional.empty(), false, Optional.of(type))));
        continue;
      }
      Shape shape = shape(property.type());
      if (declared.isPresent() && shape != Shape.SCALAR) {
        // OpenAPI's defaults apply to an encoding that names no style: form, explode.
        BodyContent.Encoding encoding = declared.get();
        result.add(new FieldEncoding(wire, Optional.of(encoding.style().orElse(Parameter.Style.FORM)), encoding.explode(), contentType));
      } else if (shape != Shape.SCALAR) {
        Parameter.Style style = shape == Shape.LIST && !deepByDefault ? Parameter.Style.FORM : Parameter.Style.DEEP_OBJECT;
        result.add(new FieldEncoding(wire, Optional.of(style), true, contentType));
      } else if (contentType.isPresent()) {
        result.add(new FieldEncoding(wire, Optional.empty(), true, contentType));
      }
    }
    return result;
  }

  private enum Shape { SCALAR, LIST, OBJECT }

  private Shape shape(TypeRef type) {
    return shape(type, new HashSet<>());
  }

  /** Unions and untyped values count as objects: brackets write a scalar as plainly as a form does. */
  private Shape shape(TypeRef type, Set<String> seen) {
    TypeRef plain = type.nonNull();
    if (plain instanceof TypeRef.ListOf) {
      return Shape.LIST;
    }
    if (plain instanceof TypeRef.MapOf || plain instanceof TypeRef.Any) {
      return Shape.OBJECT;
    }
    if (!(plain instanceof TypeRef.Named named) || !seen.add(named.id())) {
      return Shape.SCALAR;
    }
    TypeDecl decl = types.get(named.id());
    if (decl instanceof TypeDecl.AliasType alias) {
      return shape(alias.target(), seen);
    }
    if (decl instanceof TypeDecl.UnionType union) {
      boolean structured = union.variants().stream().anyMatch(v -> shape(v.type(), seen) != Shape.SCALAR);
      return structured ? Shape.OBJECT : Shape.SCALAR;
    }
    return decl instanceof TypeDecl.ObjectType ? Shape.OBJECT : Shape.SCALAR;
  }
}
