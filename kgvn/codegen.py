"""Generate `kgvn/records.py`, the pydantic-free runtime form of the store, from the models.

The pydantic models validate; the generated frozen dataclasses carry a store that has already
been validated, so reading commands start without importing pydantic. The generated file is
derived, never edited by hand: `python -m kgvn.codegen` rewrites it, and a test fails when it
has drifted from the models.
"""

from __future__ import annotations

import enum
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kgvn import models

TARGET = Path(__file__).with_name("records.py")

HEADER = '''"""The store as plain read-only objects, for reading commands. GENERATED: do not edit.

Made by `python -m kgvn.codegen` from `kgvn/models.py`, the one source of truth; a test fails
when this file drifts from the models. Build it only from data the models have validated.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kgvn.vocabulary import (
{enums}
)


class ReadOnly:
    """Slots, no __dict__, no assignment after construction: cheap to import, safe to share."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{{type(self).__name__}} is read-only")

    def __eq__(self, other: object) -> bool:
        to_json = getattr(self, "to_json", None)
        other_json = getattr(other, "to_json", None)
        if type(self) is not type(other) or to_json is None or other_json is None:
            return NotImplemented
        return bool(to_json() == other_json())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{{type(self).__name__}}({{getattr(self, 'id', '')}})"'''

RECORD_METHODS = '''
    def source_ids(self) -> list[str]:
        """Sources cited by this record, in order of first citation, without repeats."""
        return list(dict.fromkeys(item.source for item in self.evidence))
'''

STORE_METHODS = '''
    def records(self) -> Iterator[tuple[str, int, Record]]:
        """Every cited record with the collection it sits in and its position there."""
        for collection in RECORD_COLLECTIONS:
            for index, record in enumerate(getattr(self, collection)):
                yield collection, index, record
'''


def model_classes() -> list[type[BaseModel]]:
    """Every model reachable from `Store`, parents before children."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        for parent in model.__mro__[1:]:
            if _is_model(parent) and parent is not models.Model:
                visit(parent)
        if model in found:
            return
        for info in model.model_fields.values():
            for nested in _nested_models(info.annotation):
                visit(nested)
        if model not in found:
            found.append(model)

    visit(models.Store)
    return found


def _is_model(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    annotation = _bare(annotation)
    if _is_model(annotation):
        return [annotation]
    return [model for argument in get_args(annotation) for model in _nested_models(argument)]


def enums_in(annotation: Any) -> list[type[enum.Enum]]:
    annotation = _bare(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [annotation]
    return [found for argument in get_args(annotation) for found in enums_in(argument)]


def _bare(annotation: Any) -> Any:
    """The type without `Annotated` constraints, which only validation needs."""
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _optional_inner(annotation: Any) -> tuple[Any, bool]:
    annotation = _bare(annotation)
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        arguments = [argument for argument in get_args(annotation) if argument is not type(None)]
        if len(arguments) == 1 and len(get_args(annotation)) == 2:
            return _bare(arguments[0]), True
    return annotation, False


def type_text(annotation: Any) -> str:
    inner, optional = _optional_inner(annotation)
    if get_origin(inner) is list:
        item = _bare(get_args(inner)[0])
        text = f"tuple[{type_text(item)}, ...]"
    elif get_origin(inner) is Literal:
        text = type(get_args(inner)[0]).__name__
    elif isinstance(inner, type):
        text = inner.__name__
    else:
        raise TypeError(f"codegen does not know the type {inner!r}")
    return f"{text} | None" if optional else text


def from_json_expression(name: str, info: FieldInfo) -> str:
    inner, optional = _optional_inner(info.annotation)
    source = f'data["{name}"]' if info.is_required() else f'data.get("{name}")'
    if get_origin(inner) is list:
        item = _bare(get_args(inner)[0])
        items = f'data.get("{name}", ())' if not info.is_required() else source
        converted = _convert("item", item)
        if converted == "item":
            return f"tuple({items})"
        return f"tuple({converted} for item in {items})"
    if not info.is_required() and not optional:
        default = info.get_default(call_default_factory=True)
        shown = json.dumps(default) if isinstance(default, str) else repr(default)
        source = f'data.get("{name}", {shown})'
    converted = _convert(source, inner)
    if optional and converted != source:
        return f"None if {source} is None else {converted}"
    return converted


def _convert(expression: str, annotation: Any) -> str:
    if _is_model(annotation) or (
        isinstance(annotation, type) and issubclass(annotation, enum.Enum)
    ):
        method = ".from_json" if _is_model(annotation) else ""
        return f"{annotation.__name__}{method}({expression})"
    return expression


def to_json_expression(name: str, info: FieldInfo) -> str:
    inner, optional = _optional_inner(info.annotation)
    value = f"self.{name}"
    if get_origin(inner) is list:
        item = _bare(get_args(inner)[0])
        converted = _back("item", item)
        return f"list({value})" if converted == "item" else f"[{converted} for item in {value}]"
    converted = _back(value, inner)
    if optional and converted != value:
        return f"None if {value} is None else {converted}"
    return converted


def _back(expression: str, annotation: Any) -> str:
    if _is_model(annotation):
        return f"{expression}.to_json()"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return f"{expression}.value"
    return expression


def class_source(model: type[BaseModel]) -> str:
    parent: type[BaseModel] | None = next(
        (base for base in model.__bases__ if _is_model(base) and base is not models.Model), None
    )
    own = {
        name: info
        for name, info in model.model_fields.items()
        if parent is None or name not in parent.model_fields
    }
    base = f"({parent.__name__ if parent else 'ReadOnly'})"
    lines = ["", "", "", f"class {model.__name__}{base}:"]
    doc = (model.__doc__ or "").strip().splitlines()
    lines.append(f'    """{doc[0] if doc else model.__name__ + "."}"""')
    lines.append("")
    slots = "".join(f'"{name}", ' for name in sorted(own)).rstrip(", ")
    lines.append(f"    __slots__ = ({slots}{',' if len(own) == 1 else ''})")
    for name, info in own.items():
        lines.append(f"    {name}: {type_text(info.annotation)}")
    lines += [
        "",
        "    @classmethod",
        f"    def from_json(cls, data: dict[str, Any]) -> {model.__name__}:",
        "        self = cls.__new__(cls)",
        "        put = object.__setattr__",
    ]
    for name, info in model.model_fields.items():
        lines.append(f'        put(self, "{name}", {from_json_expression(name, info)})')
    lines += [
        "        return self",
        "",
        "    def to_json(self) -> dict[str, Any]:",
        "        return {",
    ]
    for name, info in model.model_fields.items():
        lines.append(f'            "{name}": {to_json_expression(name, info)},')
    lines.append("        }")
    if model is models.Record:
        lines.append(RECORD_METHODS.rstrip("\n"))
    if model is models.Store:
        lines.append(STORE_METHODS.rstrip("\n"))
    return "\n".join(lines)


def generate() -> str:
    classes = model_classes()
    enums = sorted(
        {
            found.__name__
            for model in classes
            for info in model.model_fields.values()
            for found in enums_in(info.annotation)
        }
    )
    names = "\n".join(f"    {name}," for name in ["RECORD_COLLECTIONS", *enums])
    body = "".join(class_source(model) for model in classes)
    return HEADER.format(enums=names) + body + "\n" + _collection_classes()


def _collection_classes() -> str:
    lines = [
        "",
        "",
        "#: The class of the records in each collection.",
        "RECORD_CLASSES: dict[str, type[Record]] = {",
    ]
    for collection in models.RECORD_COLLECTIONS:
        (item,) = _nested_models(models.Store.model_fields[collection].annotation)
        lines.append(f'    "{collection}": {item.__name__},')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    from kgvn.schema import readme_with_tables

    TARGET.write_text(generate(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
    readme = Path(__file__).resolve().parent.parent / "README.md"
    if readme.is_file():
        readme.write_text(readme_with_tables(readme.read_text(encoding="utf-8")), encoding="utf-8")
        sys.stdout.write(f"wrote the field tables in {readme}\n")


if __name__ == "__main__":
    main()
