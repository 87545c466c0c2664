package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes models leniently: a property whose JSON value does not match its declared type is left
 * unset and handed to the builder's {@link Mismatches#putMismatchedProperty}, instead of failing
 * the whole response. Missing required properties are left unset too; their getters throw {@link
 * MissingFieldException} when read.
 */
final class LenientModels extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public BeanDeserializerBuilder updateBuilder(
      DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
    if (!Mismatches.class.isAssignableFrom(description.getBeanClass())) {
      return builder;
    }
    List<SettableBeanProperty> properties = new ArrayList<>();
    builder.getProperties().forEachRemaining(properties::add);
    for (SettableBeanProperty property : properties) {
      builder.addOrReplaceProperty(new LenientProperty(property), true);
    }
    return builder;
  }

  /** A builder property that sets values aside instead of failing on a type mismatch. */
  private static final class LenientProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    LenientProperty(SettableBeanProperty delegate) {
      super(delegate);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new LenientProperty(delegate);
    }

    @Override
    public void deserializeAndSet(
        JsonParser parser, DeserializationContext context, Object instance) throws IOException {
      deserializeSetAndReturn(parser, context, instance);
    }

    @Override
    public Object deserializeSetAndReturn(
        JsonParser parser, DeserializationContext context, Object instance) throws IOException {
      TokenBuffer value = context.bufferAsCopyOfValue(parser);
      try (JsonParser replay = value.asParserOnFirstToken()) {
        return delegate.deserializeSetAndReturn(replay, context, instance);
      } catch (JsonProcessingException mismatch) {
        try (JsonParser replay = value.asParserOnFirstToken()) {
          JsonNode raw = context.readTree(replay);
          ((Mismatches) instance).putMismatchedProperty(getName(), raw);
        }
        return instance;
      }
    }
  }
}
