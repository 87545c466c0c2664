package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.kitchensink.core.Checks;
import com.kitchensink.core.JsonModel;
import com.kitchensink.core.Mismatches;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every property name is a keyword or awkward identifier somewhere: *&#47; """ ''' must not end a
 * comment.
 */
@JsonModel
@JsonDeserialize(builder = ReservedWords.Builder.class)
@JsonPropertyOrder({
  "class",
  "def",
  "from",
  "import",
  "package",
  "func",
  "type",
  "interface",
  "default",
  "async",
  "await",
  "yield",
  "self",
  "this",
  "new",
  "delete",
  "None",
  "nil",
  "null",
  "true",
  "range",
  "select",
  "chan",
  "go",
  "fn",
  "match",
  "content-type",
  "@id",
  "$schema",
  "snake_case",
  "camelCase",
  "PascalCase",
  "SCREAMING_CASE",
  "with space",
  "ünïcödé"
})
public final class ReservedWords {
  private final String class_;

  private final String def;

  private final String from;

  private final String import_;

  private final String package_;

  private final String func;

  private final String type;

  private final String interface_;

  private final String default_;

  private final Boolean async;

  private final Boolean await;

  private final Long yield_;

  private final String self;

  private final String this_;

  private final Boolean new_;

  private final Boolean delete;

  private final String none;

  private final String nil;

  private final String null_;

  private final Boolean true_;

  private final String range;

  private final String select;

  private final String chan;

  private final String go;

  private final String fn;

  private final String match;

  private final String contentType;

  private final String id;

  private final String schema;

  private final String snakeCase;

  private final String camelCase;

  private final String pascalCase;

  private final String screamingCase;

  private final String withSpace;

  private final String unicode;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ReservedWords(Builder builder) {
    this.class_ = builder.class_;
    this.def = builder.def;
    this.from = builder.from;
    this.import_ = builder.import_;
    this.package_ = builder.package_;
    this.func = builder.func;
    this.type = builder.type;
    this.interface_ = builder.interface_;
    this.default_ = builder.default_;
    this.async = builder.async;
    this.await = builder.await;
    this.yield_ = builder.yield_;
    this.self = builder.self;
    this.this_ = builder.this_;
    this.new_ = builder.new_;
    this.delete = builder.delete;
    this.none = builder.none;
    this.nil = builder.nil;
    this.null_ = builder.null_;
    this.true_ = builder.true_;
    this.range = builder.range;
    this.select = builder.select;
    this.chan = builder.chan;
    this.go = builder.go;
    this.fn = builder.fn;
    this.match = builder.match;
    this.contentType = builder.contentType;
    this.id = builder.id;
    this.schema = builder.schema;
    this.snakeCase = builder.snakeCase;
    this.camelCase = builder.camelCase;
    this.pascalCase = builder.pascalCase;
    this.screamingCase = builder.screamingCase;
    this.withSpace = builder.withSpace;
    this.unicode = builder.unicode;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code class} property. */
  public Optional<String> class_() {
    return Optional.ofNullable(class_);
  }

  @JsonProperty("class")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _class_() {
    return class_;
  }

  /** The {@code def} property. */
  public Optional<String> def() {
    return Optional.ofNullable(def);
  }

  @JsonProperty("def")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _def() {
    return def;
  }

  /** The {@code from} property. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  @JsonProperty("from")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
  }

  /** The {@code import} property. */
  public Optional<String> import_() {
    return Optional.ofNullable(import_);
  }

  @JsonProperty("import")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _import_() {
    return import_;
  }

  /** The {@code package} property. */
  public Optional<String> package_() {
    return Optional.ofNullable(package_);
  }

  @JsonProperty("package")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _package_() {
    return package_;
  }

  /** The {@code func} property. */
  public Optional<String> func() {
    return Optional.ofNullable(func);
  }

  @JsonProperty("func")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _func() {
    return func;
  }

  /** The {@code type} property. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  @JsonProperty("type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _type() {
    return type;
  }

  /** The {@code interface} property. */
  public Optional<String> interface_() {
    return Optional.ofNullable(interface_);
  }

  @JsonProperty("interface")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _interface_() {
    return interface_;
  }

  /** The {@code default} property. */
  public Optional<String> default_() {
    return Optional.ofNullable(default_);
  }

  @JsonProperty("default")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _default_() {
    return default_;
  }

  /** The {@code async} property. */
  public Optional<Boolean> async() {
    return Optional.ofNullable(async);
  }

  @JsonProperty("async")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _async() {
    return async;
  }

  /** The {@code await} property. */
  public Optional<Boolean> await() {
    return Optional.ofNullable(await);
  }

  @JsonProperty("await")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _await() {
    return await;
  }

  /** The {@code yield} property. */
  public Optional<Long> yield_() {
    return Optional.ofNullable(yield_);
  }

  @JsonProperty("yield")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _yield_() {
    return yield_;
  }

  /** The {@code self} property. */
  public Optional<String> self() {
    return Optional.ofNullable(self);
  }

  @JsonProperty("self")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _self() {
    return self;
  }

  /** The {@code this} property. */
  public Optional<String> this_() {
    return Optional.ofNullable(this_);
  }

  @JsonProperty("this")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _this_() {
    return this_;
  }

  /** The {@code new} property. */
  public Optional<Boolean> new_() {
    return Optional.ofNullable(new_);
  }

  @JsonProperty("new")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _new_() {
    return new_;
  }

  /** The {@code delete} property. */
  public Optional<Boolean> delete() {
    return Optional.ofNullable(delete);
  }

  @JsonProperty("delete")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _delete() {
    return delete;
  }

  /** The {@code None} property. */
  public Optional<String> none() {
    return Optional.ofNullable(none);
  }

  @JsonProperty("None")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _none() {
    return none;
  }

  /** The {@code nil} property. */
  public Optional<String> nil() {
    return Optional.ofNullable(nil);
  }

  @JsonProperty("nil")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _nil() {
    return nil;
  }

  /** The {@code null} property. */
  public Optional<String> null_() {
    return Optional.ofNullable(null_);
  }

  @JsonProperty("null")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _null_() {
    return null_;
  }

  /** The {@code true} property. */
  public Optional<Boolean> true_() {
    return Optional.ofNullable(true_);
  }

  @JsonProperty("true")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _true_() {
    return true_;
  }

  /** The {@code range} property. */
  public Optional<String> range() {
    return Optional.ofNullable(range);
  }

  @JsonProperty("range")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _range() {
    return range;
  }

  /** The {@code select} property. */
  public Optional<String> select() {
    return Optional.ofNullable(select);
  }

  @JsonProperty("select")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _select() {
    return select;
  }

  /** The {@code chan} property. */
  public Optional<String> chan() {
    return Optional.ofNullable(chan);
  }

  @JsonProperty("chan")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _chan() {
    return chan;
  }

  /** The {@code go} property. */
  public Optional<String> go() {
    return Optional.ofNullable(go);
  }

  @JsonProperty("go")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _go() {
    return go;
  }

  /** The {@code fn} property. */
  public Optional<String> fn() {
    return Optional.ofNullable(fn);
  }

  @JsonProperty("fn")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _fn() {
    return fn;
  }

  /** The {@code match} property. */
  public Optional<String> match() {
    return Optional.ofNullable(match);
  }

  @JsonProperty("match")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _match() {
    return match;
  }

  /** The {@code content-type} property. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  @JsonProperty("content-type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _contentType() {
    return contentType;
  }

  /** The {@code &#64;id} property. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @JsonProperty("@id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _id() {
    return id;
  }

  /** The {@code $schema} property. */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  @JsonProperty("$schema")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _schema() {
    return schema;
  }

  /** The {@code snake_case} property. */
  public Optional<String> snakeCase() {
    return Optional.ofNullable(snakeCase);
  }

  @JsonProperty("snake_case")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _snakeCase() {
    return snakeCase;
  }

  /** The {@code camelCase} property. */
  public Optional<String> camelCase() {
    return Optional.ofNullable(camelCase);
  }

  @JsonProperty("camelCase")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _camelCase() {
    return camelCase;
  }

  /** The {@code PascalCase} property. */
  public Optional<String> pascalCase() {
    return Optional.ofNullable(pascalCase);
  }

  @JsonProperty("PascalCase")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _pascalCase() {
    return pascalCase;
  }

  /** The {@code SCREAMING_CASE} property. */
  public Optional<String> screamingCase() {
    return Optional.ofNullable(screamingCase);
  }

  @JsonProperty("SCREAMING_CASE")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _screamingCase() {
    return screamingCase;
  }

  /** The {@code with space} property. */
  public Optional<String> withSpace() {
    return Optional.ofNullable(withSpace);
  }

  @JsonProperty("with space")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _withSpace() {
    return withSpace;
  }

  /** The {@code ünïcödé} property. */
  public Optional<String> unicode() {
    return Optional.ofNullable(unicode);
  }

  @JsonProperty("ünïcödé")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _unicode() {
    return unicode;
  }

  /** Properties the API sent that this version of the SDK does not know. */
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties == null ? Map.of() : additionalProperties;
  }

  @JsonAnyGetter
  private Map<String, JsonNode> _additionalProperties() {
    return additionalProperties();
  }

  /**
   * Properties the API sent with a value of another type than declared, as received; their getters
   * read them as absent.
   */
  public Map<String, JsonNode> mismatchedProperties() {
    return mismatchedProperties == null ? Map.of() : mismatchedProperties;
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReservedWords)) {
      return false;
    }
    ReservedWords that = (ReservedWords) other;
    return Objects.equals(this.class_, that.class_)
        && Objects.equals(this.def, that.def)
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.import_, that.import_)
        && Objects.equals(this.package_, that.package_)
        && Objects.equals(this.func, that.func)
        && Objects.equals(this.type, that.type)
        && Objects.equals(this.interface_, that.interface_)
        && Objects.equals(this.default_, that.default_)
        && Objects.equals(this.async, that.async)
        && Objects.equals(this.await, that.await)
        && Objects.equals(this.yield_, that.yield_)
        && Objects.equals(this.self, that.self)
        && Objects.equals(this.this_, that.this_)
        && Objects.equals(this.new_, that.new_)
        && Objects.equals(this.delete, that.delete)
        && Objects.equals(this.none, that.none)
        && Objects.equals(this.nil, that.nil)
        && Objects.equals(this.null_, that.null_)
        && Objects.equals(this.true_, that.true_)
        && Objects.equals(this.range, that.range)
        && Objects.equals(this.select, that.select)
        && Objects.equals(this.chan, that.chan)
        && Objects.equals(this.go, that.go)
        && Objects.equals(this.fn, that.fn)
        && Objects.equals(this.match, that.match)
        && Objects.equals(this.contentType, that.contentType)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.schema, that.schema)
        && Objects.equals(this.snakeCase, that.snakeCase)
        && Objects.equals(this.camelCase, that.camelCase)
        && Objects.equals(this.pascalCase, that.pascalCase)
        && Objects.equals(this.screamingCase, that.screamingCase)
        && Objects.equals(this.withSpace, that.withSpace)
        && Objects.equals(this.unicode, that.unicode)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        class_,
        def,
        from,
        import_,
        package_,
        func,
        type,
        interface_,
        default_,
        async,
        await,
        yield_,
        self,
        this_,
        new_,
        delete,
        none,
        nil,
        null_,
        true_,
        range,
        select,
        chan,
        go,
        fn,
        match,
        contentType,
        id,
        schema,
        snakeCase,
        camelCase,
        pascalCase,
        screamingCase,
        withSpace,
        unicode,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ReservedWords{"
        + "class_="
        + class_
        + ", def="
        + def
        + ", from="
        + from
        + ", import_="
        + import_
        + ", package_="
        + package_
        + ", func="
        + func
        + ", type="
        + type
        + ", interface_="
        + interface_
        + ", default_="
        + default_
        + ", async="
        + async
        + ", await="
        + await
        + ", yield_="
        + yield_
        + ", self="
        + self
        + ", this_="
        + this_
        + ", new_="
        + new_
        + ", delete="
        + delete
        + ", none="
        + none
        + ", nil="
        + nil
        + ", null_="
        + null_
        + ", true_="
        + true_
        + ", range="
        + range
        + ", select="
        + select
        + ", chan="
        + chan
        + ", go="
        + go
        + ", fn="
        + fn
        + ", match="
        + match
        + ", contentType="
        + contentType
        + ", id="
        + id
        + ", schema="
        + schema
        + ", snakeCase="
        + snakeCase
        + ", camelCase="
        + camelCase
        + ", pascalCase="
        + pascalCase
        + ", screamingCase="
        + screamingCase
        + ", withSpace="
        + withSpace
        + ", unicode="
        + unicode
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ReservedWords} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String class_;

    private String def;

    private String from;

    private String import_;

    private String package_;

    private String func;

    private String type;

    private String interface_;

    private String default_;

    private Boolean async;

    private Boolean await;

    private Long yield_;

    private String self;

    private String this_;

    private Boolean new_;

    private Boolean delete;

    private String none;

    private String nil;

    private String null_;

    private Boolean true_;

    private String range;

    private String select;

    private String chan;

    private String go;

    private String fn;

    private String match;

    private String contentType;

    private String id;

    private String schema;

    private String snakeCase;

    private String camelCase;

    private String pascalCase;

    private String screamingCase;

    private String withSpace;

    private String unicode;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ReservedWords source) {
      this.class_ = source.class_;
      this.def = source.def;
      this.from = source.from;
      this.import_ = source.import_;
      this.package_ = source.package_;
      this.func = source.func;
      this.type = source.type;
      this.interface_ = source.interface_;
      this.default_ = source.default_;
      this.async = source.async;
      this.await = source.await;
      this.yield_ = source.yield_;
      this.self = source.self;
      this.this_ = source.this_;
      this.new_ = source.new_;
      this.delete = source.delete;
      this.none = source.none;
      this.nil = source.nil;
      this.null_ = source.null_;
      this.true_ = source.true_;
      this.range = source.range;
      this.select = source.select;
      this.chan = source.chan;
      this.go = source.go;
      this.fn = source.fn;
      this.match = source.match;
      this.contentType = source.contentType;
      this.id = source.id;
      this.schema = source.schema;
      this.snakeCase = source.snakeCase;
      this.camelCase = source.camelCase;
      this.pascalCase = source.pascalCase;
      this.screamingCase = source.screamingCase;
      this.withSpace = source.withSpace;
      this.unicode = source.unicode;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code class}. */
    public Builder class_(String class_) {
      this.class_ = Objects.requireNonNull(class_, "class_");
      return this;
    }

    @JsonProperty("class")
    private Builder _class_(String value) {
      this.class_ = value;
      return this;
    }

    /** Sets {@code def}. */
    public Builder def(String def) {
      this.def = Objects.requireNonNull(def, "def");
      return this;
    }

    @JsonProperty("def")
    private Builder _def(String value) {
      this.def = value;
      return this;
    }

    /** Sets {@code from}. */
    public Builder from(String from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    @JsonProperty("from")
    private Builder _from(String value) {
      this.from = value;
      return this;
    }

    /** Sets {@code import}. */
    public Builder import_(String import_) {
      this.import_ = Objects.requireNonNull(import_, "import_");
      return this;
    }

    @JsonProperty("import")
    private Builder _import_(String value) {
      this.import_ = value;
      return this;
    }

    /** Sets {@code package}. */
    public Builder package_(String package_) {
      this.package_ = Objects.requireNonNull(package_, "package_");
      return this;
    }

    @JsonProperty("package")
    private Builder _package_(String value) {
      this.package_ = value;
      return this;
    }

    /** Sets {@code func}. */
    public Builder func(String func) {
      this.func = Objects.requireNonNull(func, "func");
      return this;
    }

    @JsonProperty("func")
    private Builder _func(String value) {
      this.func = value;
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    @JsonProperty("type")
    private Builder _type(String value) {
      this.type = value;
      return this;
    }

    /** Sets {@code interface}. */
    public Builder interface_(String interface_) {
      this.interface_ = Objects.requireNonNull(interface_, "interface_");
      return this;
    }

    @JsonProperty("interface")
    private Builder _interface_(String value) {
      this.interface_ = value;
      return this;
    }

    /** Sets {@code default}. */
    public Builder default_(String default_) {
      this.default_ = Objects.requireNonNull(default_, "default_");
      return this;
    }

    @JsonProperty("default")
    private Builder _default_(String value) {
      this.default_ = value;
      return this;
    }

    /** Sets {@code async}. */
    public Builder async(boolean async) {
      this.async = async;
      return this;
    }

    @JsonProperty("async")
    private Builder _async(Boolean value) {
      this.async = value;
      return this;
    }

    /** Sets {@code await}. */
    public Builder await(boolean await) {
      this.await = await;
      return this;
    }

    @JsonProperty("await")
    private Builder _await(Boolean value) {
      this.await = value;
      return this;
    }

    /** Sets {@code yield}. */
    public Builder yield_(long yield_) {
      this.yield_ = yield_;
      return this;
    }

    @JsonProperty("yield")
    private Builder _yield_(Long value) {
      this.yield_ = value;
      return this;
    }

    /** Sets {@code self}. */
    public Builder self(String self) {
      this.self = Objects.requireNonNull(self, "self");
      return this;
    }

    @JsonProperty("self")
    private Builder _self(String value) {
      this.self = value;
      return this;
    }

    /** Sets {@code this}. */
    public Builder this_(String this_) {
      this.this_ = Objects.requireNonNull(this_, "this_");
      return this;
    }

    @JsonProperty("this")
    private Builder _this_(String value) {
      this.this_ = value;
      return this;
    }

    /** Sets {@code new}. */
    public Builder new_(boolean new_) {
      this.new_ = new_;
      return this;
    }

    @JsonProperty("new")
    private Builder _new_(Boolean value) {
      this.new_ = value;
      return this;
    }

    /** Sets {@code delete}. */
    public Builder delete(boolean delete) {
      this.delete = delete;
      return this;
    }

    @JsonProperty("delete")
    private Builder _delete(Boolean value) {
      this.delete = value;
      return this;
    }

    /** Sets {@code None}. */
    public Builder none(String none) {
      this.none = Objects.requireNonNull(none, "none");
      return this;
    }

    @JsonProperty("None")
    private Builder _none(String value) {
      this.none = value;
      return this;
    }

    /** Sets {@code nil}. */
    public Builder nil(String nil) {
      this.nil = Objects.requireNonNull(nil, "nil");
      return this;
    }

    @JsonProperty("nil")
    private Builder _nil(String value) {
      this.nil = value;
      return this;
    }

    /** Sets {@code null}. */
    public Builder null_(String null_) {
      this.null_ = Objects.requireNonNull(null_, "null_");
      return this;
    }

    @JsonProperty("null")
    private Builder _null_(String value) {
      this.null_ = value;
      return this;
    }

    /** Sets {@code true}. */
    public Builder true_(boolean true_) {
      this.true_ = true_;
      return this;
    }

    @JsonProperty("true")
    private Builder _true_(Boolean value) {
      this.true_ = value;
      return this;
    }

    /** Sets {@code range}. */
    public Builder range(String range) {
      this.range = Objects.requireNonNull(range, "range");
      return this;
    }

    @JsonProperty("range")
    private Builder _range(String value) {
      this.range = value;
      return this;
    }

    /** Sets {@code select}. */
    public Builder select(String select) {
      this.select = Objects.requireNonNull(select, "select");
      return this;
    }

    @JsonProperty("select")
    private Builder _select(String value) {
      this.select = value;
      return this;
    }

    /** Sets {@code chan}. */
    public Builder chan(String chan) {
      this.chan = Objects.requireNonNull(chan, "chan");
      return this;
    }

    @JsonProperty("chan")
    private Builder _chan(String value) {
      this.chan = value;
      return this;
    }

    /** Sets {@code go}. */
    public Builder go(String go) {
      this.go = Objects.requireNonNull(go, "go");
      return this;
    }

    @JsonProperty("go")
    private Builder _go(String value) {
      this.go = value;
      return this;
    }

    /** Sets {@code fn}. */
    public Builder fn(String fn) {
      this.fn = Objects.requireNonNull(fn, "fn");
      return this;
    }

    @JsonProperty("fn")
    private Builder _fn(String value) {
      this.fn = value;
      return this;
    }

    /** Sets {@code match}. */
    public Builder match(String match) {
      this.match = Objects.requireNonNull(match, "match");
      return this;
    }

    @JsonProperty("match")
    private Builder _match(String value) {
      this.match = value;
      return this;
    }

    /** Sets {@code content-type}. */
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    @JsonProperty("content-type")
    private Builder _contentType(String value) {
      this.contentType = value;
      return this;
    }

    /** Sets {@code &#64;id}. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    @JsonProperty("@id")
    private Builder _id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@code $schema}. */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    @JsonProperty("$schema")
    private Builder _schema(String value) {
      this.schema = value;
      return this;
    }

    /** Sets {@code snake_case}. */
    public Builder snakeCase(String snakeCase) {
      this.snakeCase = Objects.requireNonNull(snakeCase, "snakeCase");
      return this;
    }

    @JsonProperty("snake_case")
    private Builder _snakeCase(String value) {
      this.snakeCase = value;
      return this;
    }

    /** Sets {@code camelCase}. */
    public Builder camelCase(String camelCase) {
      this.camelCase = Objects.requireNonNull(camelCase, "camelCase");
      return this;
    }

    @JsonProperty("camelCase")
    private Builder _camelCase(String value) {
      this.camelCase = value;
      return this;
    }

    /** Sets {@code PascalCase}. */
    public Builder pascalCase(String pascalCase) {
      this.pascalCase = Objects.requireNonNull(pascalCase, "pascalCase");
      return this;
    }

    @JsonProperty("PascalCase")
    private Builder _pascalCase(String value) {
      this.pascalCase = value;
      return this;
    }

    /** Sets {@code SCREAMING_CASE}. */
    public Builder screamingCase(String screamingCase) {
      this.screamingCase = Objects.requireNonNull(screamingCase, "screamingCase");
      return this;
    }

    @JsonProperty("SCREAMING_CASE")
    private Builder _screamingCase(String value) {
      this.screamingCase = value;
      return this;
    }

    /** Sets {@code with space}. */
    public Builder withSpace(String withSpace) {
      this.withSpace = Objects.requireNonNull(withSpace, "withSpace");
      return this;
    }

    @JsonProperty("with space")
    private Builder _withSpace(String value) {
      this.withSpace = value;
      return this;
    }

    /** Sets {@code ünïcödé}. */
    public Builder unicode(String unicode) {
      this.unicode = Objects.requireNonNull(unicode, "unicode");
      return this;
    }

    @JsonProperty("ünïcödé")
    private Builder _unicode(String value) {
      this.unicode = value;
      return this;
    }

    /** Sends a property this SDK does not declare. */
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    @JsonAnySetter
    private void _putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
    }

    @Override
    public Builder putMismatchedProperty(String name, JsonNode value) {
      mismatchedProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Builds the value; fails naming the first required property that is not set. */
    public ReservedWords build() {
      return new ReservedWords(this);
    }

    private ReservedWords _build() {
      return new ReservedWords(this);
    }
  }
}
