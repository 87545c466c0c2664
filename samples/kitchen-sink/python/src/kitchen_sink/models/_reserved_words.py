"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel


class ReservedWords(BaseModel):
    """Every property name is a keyword or awkward identifier somewhere: */ \"\"\" ''' must not end a comment."""

    class_: Optional[str] = Field(default=None, validation_alias="class", serialization_alias="class")
    def_: Optional[str] = Field(default=None, validation_alias="def", serialization_alias="def")
    from_: Optional[str] = Field(default=None, validation_alias="from", serialization_alias="from")
    import_: Optional[str] = Field(default=None, validation_alias="import", serialization_alias="import")
    package: Optional[str] = None
    func: Optional[str] = None
    type: Optional[str] = None
    interface: Optional[str] = None
    default: Optional[str] = None
    async_: Optional[bool] = Field(default=None, validation_alias="async", serialization_alias="async")
    await_: Optional[bool] = Field(default=None, validation_alias="await", serialization_alias="await")
    yield_: Optional[int] = Field(default=None, validation_alias="yield", serialization_alias="yield")
    self_: Optional[str] = Field(default=None, validation_alias="self", serialization_alias="self")
    this: Optional[str] = None
    new: Optional[bool] = None
    delete: Optional[bool] = None
    none: Optional[str] = Field(default=None, validation_alias="None", serialization_alias="None")
    nil: Optional[str] = None
    null: Optional[str] = None
    true: Optional[bool] = None
    range: Optional[str] = None
    select: Optional[str] = None
    chan: Optional[str] = None
    go: Optional[str] = None
    fn: Optional[str] = None
    match: Optional[str] = None
    content_type: Optional[str] = Field(
        default=None,
        validation_alias="content-type",
        serialization_alias="content-type",
    )
    id: Optional[str] = Field(default=None, validation_alias="@id", serialization_alias="@id")
    schema_: Optional[str] = Field(default=None, validation_alias="$schema", serialization_alias="$schema")
    snake_case: Optional[str] = None
    camel_case: Optional[str] = Field(default=None, validation_alias="camelCase", serialization_alias="camelCase")
    pascal_case: Optional[str] = Field(default=None, validation_alias="PascalCase", serialization_alias="PascalCase")
    screaming_case: Optional[str] = Field(
        default=None,
        validation_alias="SCREAMING_CASE",
        serialization_alias="SCREAMING_CASE",
    )
    with_space: Optional[str] = Field(default=None, validation_alias="with space", serialization_alias="with space")
    unicode: Optional[str] = Field(default=None, validation_alias="ünïcödé", serialization_alias="ünïcödé")
