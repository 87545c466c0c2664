package com.kitchensink.models;

import java.util.Objects;

/** Parameters of {@code POST /misc/reserved-words}. */
public final class CreateMiscReservedWordsParams {
  private final ReservedWords body;

  private CreateMiscReservedWordsParams(Builder builder) {
    this.body = builder.body.build();
  }

  /** The request body. */
  public ReservedWords body() {
    return body;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CreateMiscReservedWordsParams)) {
      return false;
    }
    CreateMiscReservedWordsParams that = (CreateMiscReservedWordsParams) other;
    return Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body);
  }

  @Override
  public String toString() {
    return "CreateMiscReservedWordsParams{" + "body=" + body + "}";
  }

  /** Builds {@link CreateMiscReservedWordsParams}. */
  public static final class Builder {
    private ReservedWords.Builder body = ReservedWords.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CreateMiscReservedWordsParams source) {
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link ReservedWords}. */
    public Builder body(ReservedWords body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code class}. */
    public Builder class_(String class_) {
      this.body.class_(class_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code def}. */
    public Builder def(String def) {
      this.body.def(def);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code from}. */
    public Builder from(String from) {
      this.body.from(from);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code import}. */
    public Builder import_(String import_) {
      this.body.import_(import_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code package}. */
    public Builder package_(String package_) {
      this.body.package_(package_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code func}. */
    public Builder func(String func) {
      this.body.func(func);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code type}. */
    public Builder type(String type) {
      this.body.type(type);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code interface}. */
    public Builder interface_(String interface_) {
      this.body.interface_(interface_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code default}. */
    public Builder default_(String default_) {
      this.body.default_(default_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code async}. */
    public Builder async(boolean async) {
      this.body.async(async);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code await}. */
    public Builder await(boolean await) {
      this.body.await(await);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code yield}. */
    public Builder yield_(long yield_) {
      this.body.yield_(yield_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code self}. */
    public Builder self(String self) {
      this.body.self(self);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code this}. */
    public Builder this_(String this_) {
      this.body.this_(this_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code new}. */
    public Builder new_(boolean new_) {
      this.body.new_(new_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code delete}. */
    public Builder delete(boolean delete) {
      this.body.delete(delete);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code None}. */
    public Builder none(String none) {
      this.body.none(none);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code nil}. */
    public Builder nil(String nil) {
      this.body.nil(nil);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code null}. */
    public Builder null_(String null_) {
      this.body.null_(null_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code true}. */
    public Builder true_(boolean true_) {
      this.body.true_(true_);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code range}. */
    public Builder range(String range) {
      this.body.range(range);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code select}. */
    public Builder select(String select) {
      this.body.select(select);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code chan}. */
    public Builder chan(String chan) {
      this.body.chan(chan);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code go}. */
    public Builder go(String go) {
      this.body.go(go);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code fn}. */
    public Builder fn(String fn) {
      this.body.fn(fn);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code match}. */
    public Builder match(String match) {
      this.body.match(match);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code content-type}. */
    public Builder contentType(String contentType) {
      this.body.contentType(contentType);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code &#64;id}. */
    public Builder id(String id) {
      this.body.id(id);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code $schema}. */
    public Builder schema(String schema) {
      this.body.schema(schema);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code snake_case}. */
    public Builder snakeCase(String snakeCase) {
      this.body.snakeCase(snakeCase);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code camelCase}. */
    public Builder camelCase(String camelCase) {
      this.body.camelCase(camelCase);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code PascalCase}. */
    public Builder pascalCase(String pascalCase) {
      this.body.pascalCase(pascalCase);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code SCREAMING_CASE}. */
    public Builder screamingCase(String screamingCase) {
      this.body.screamingCase(screamingCase);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code with space}. */
    public Builder withSpace(String withSpace) {
      this.body.withSpace(withSpace);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code ünïcödé}. */
    public Builder unicode(String unicode) {
      this.body.unicode(unicode);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreateMiscReservedWordsParams build() {
      return new CreateMiscReservedWordsParams(this);
    }
  }
}
