"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class ReservedWords(BaseModel):
    """Every property name is a keyword or awkward identifier somewhere: */ \"\"\" ''' must not end a comment."""

    class_: Optional[str] = Field(default=None, wire="class")
    def_: Optional[str] = Field(default=None, wire="def")
    from_: Optional[str] = Field(default=None, wire="from")
    import_: Optional[str] = Field(default=None, wire="import")
    package: Optional[str] = None
    func: Optional[str] = None
    type: Optional[str] = None
    interface: Optional[str] = None
    default: Optional[str] = None
    async_: Optional[bool] = Field(default=None, wire="async")
    await_: Optional[bool] = Field(default=None, wire="await")
    yield_: Optional[int] = Field(default=None, wire="yield")
    self_: Optional[str] = Field(default=None, wire="self")
    this: Optional[str] = None
    new: Optional[bool] = None
    delete: Optional[bool] = None
    none: Optional[str] = Field(default=None, wire="None")
    nil: Optional[str] = None
    null: Optional[str] = None
    true: Optional[bool] = None
    range: Optional[str] = None
    select: Optional[str] = None
    chan: Optional[str] = None
    go: Optional[str] = None
    fn: Optional[str] = None
    match: Optional[str] = None
    content_type: Optional[str] = Field(default=None, wire="content-type")
    id: Optional[str] = Field(default=None, wire="@id")
    schema_: Optional[str] = Field(default=None, wire="$schema")
    snake_case: Optional[str] = None
    camel_case: Optional[str] = Field(default=None, wire="camelCase")
    pascal_case: Optional[str] = Field(default=None, wire="PascalCase")
    screaming_case: Optional[str] = Field(default=None, wire="SCREAMING_CASE")
    with_space: Optional[str] = Field(default=None, wire="with space")
    unicode: Optional[str] = Field(default=None, wire="ünïcödé")
