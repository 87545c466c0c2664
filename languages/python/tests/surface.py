"""Reads a generated Python SDK's surface back from its source with ast and compares it with the plan.

For every method of every sync resource class (flat resources in resources/, the resource tree in tree/):
the operation it calls (its Endpoint's method and path), its name, each argument's wire name and location
(from the Params(...) call) and whether it is required (no default), the shape of its result (from the
return annotation; a delete's ``bool`` with its Endpoint's ``response="deleted"``) and, for paged results, the Endpoint's paging (style, items, cursor, next link, limit).
A tree's method sends the path values its resource holds (``self._path[i]``): those must be the path's
first parameters, in order, and count as given. Every planned operation must be found, and agree.
Usage: python3 surface.py PLAN_JSON SDK_DIR
"""
import re

import ast
import json
import sys
from pathlib import Path

GROUPS = {"path": "PATH", "query": "QUERY", "headers": "HEADER", "cookies": "COOKIE", "fields": "BODY_FIELD"}
BOUND = "bound"
SHAPES = {"model": "value", "list": "value", "text": "value", "none": "none", "deleted": "deleted", "paged": "paged",
          "stream": "stream", "binary": "binary"}


PAGING_STYLES = {"CursorPaging": "cursor", "OffsetPaging": "offset", "NextUrlPaging": "next-url",
                 "LinkHeaderPaging": "link-header"}


def paging_text(style, items, param=None, next_=None, has_more=None, last_item=False, limit=None, pages=False):
    """One line for a pagination, the same for the plan's and the SDK's: only the parts that are set."""
    parts = [style, "items=" + items]
    parts += [f"{label}={value}" for label, value in (("param", param), ("next", next_), ("hasMore", has_more),
                                                       ("limit", limit)) if value]
    parts += [flag for flag, on in (("lastItem", last_item), ("pages", pages)) if on]
    return " ".join(parts)


def planned_paging(p):
    dotted = lambda key: ".".join(p.get(key, []))  # noqa: E731
    return paging_text(p["style"], dotted("items"), p.get("cursorParam") or p.get("offsetParam"),
                       dotted("nextCursor") or dotted("nextUrl"), dotted("hasMore"), p.get("lastItem", False),
                       p.get("limitParam"), p.get("pages", False))


def sdk_paging(call):
    """The paging=XPaging(...) argument of an Endpoint, as paging_text."""
    values = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    dotted = lambda key: ".".join(values.get(key, ()))  # noqa: E731
    return paging_text(PAGING_STYLES[call.func.id], dotted("items"),
                       values.get("cursor_param") or values.get("offset_param"),
                       dotted("next_cursor") or dotted("next_url"), dotted("has_more"), values.get("last_item", False),
                       values.get("limit_param"), values.get("pages", False))


def endpoints(module):
    """Module-level constants NAME = Endpoint(method=..., path=..., response=..., paging=...), as (method, path,
    response, paging) by name."""
    found = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id == "Endpoint":
                values = {k.arg: k.value.value for k in call.keywords if isinstance(k.value, ast.Constant)}
                paging = next((sdk_paging(k.value) for k in call.keywords if k.arg == "paging"), None)
                found[node.targets[0].id] = (values["method"], values["path"], values.get("response", "json"), paging)
    return found


def arguments(function):
    """Argument name -> required, without self and request_options."""
    args = function.args
    required = {}
    positional = args.args[1:]
    first_default = len(positional) - len(args.defaults)
    for index, arg in enumerate(positional):
        required[arg.arg] = index < first_default
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        required[arg.arg] = default is None
    required.pop("request_options", None)
    return required


def shape(function, response):
    text = ast.unparse(function.returns) if function.returns else "None"
    if response == "deleted" and text == "bool":
        return "deleted"
    if "Pager[" in text:
        return "paged"
    if "Stream[" in text:
        return "stream"
    if "BinaryResponse" in text:
        return "binary"
    return "none" if text == "None" else "value"


def argument(value):
    """The argument a Params entry passes: ``name``, or ``rfc2822(name)`` for a date-time sent as RFC 2822;
    a value the resource holds, ``self._path[i]``, as ``(BOUND, i)``."""
    if isinstance(value, ast.Subscript) and ast.unparse(value.value) == "self._path":
        return (BOUND, value.slice.value)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "rfc2822":
        return value.args[0].id
    return value.id


def item_limit(function):
    """The argument a pager's ``limit=`` passes, or None."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.endswith("Pager"):
            for keyword in node.keywords:
                if keyword.arg == "limit":
                    return keyword.value.id
    return None


def wires(function, constants):
    """(argument name -> (location, wire)) from the Params(...) call, and the endpoint constant used."""
    located, constant = {}, None
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Params":
            for keyword in node.keywords:
                if keyword.arg == "body":
                    located[keyword.value.id] = ("BODY", "")
                elif isinstance(keyword.value, ast.Dict):
                    for key, value in zip(keyword.value.keys, keyword.value.values):
                        located[argument(value)] = (GROUPS[keyword.arg], key.value)
        if isinstance(node, ast.Name) and node.id in constants:
            constant = node.id
    return located, constant


def surface(sdk):
    """(http method, path) -> (method name, {(location, wire): required}, shape, paging or None, item limit)."""
    found = {}
    files = sorted(Path(sdk).glob("src/*/resources/*.py")) + sorted(Path(sdk).glob("src/*/tree/*.py"))
    for file in files:
        module = ast.parse(file.read_text(encoding="utf-8"))
        constants = endpoints(module)
        for cls in module.body:
            if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async") or cls.name.endswith("WithRawResponse"):
                continue
            for function in cls.body:
                if not isinstance(function, ast.FunctionDef) or function.name.startswith("_"):
                    continue
                located, constant = wires(function, constants)
                if constant not in constants:
                    continue
                required = arguments(function)
                limit = item_limit(function)
                if limit is not None:
                    required.pop(limit, None)
                unplaced = set(required) - set(located)
                if unplaced:
                    raise SystemExit(f"{file.name}: {function.name}: arguments not sent: {sorted(unplaced)}")
                inputs = {located[name]: required[name] for name in required}
                method, path, response, paging = constants[constant]
                held = sorted((name[1], where[1]) for name, where in located.items() if isinstance(name, tuple))
                if [wire for _, wire in held] != re.findall(r"\{([^}]+)\}", path)[: len(held)]:
                    raise SystemExit(f"{file.name}: {function.name}: sends held values {held} for {path}")
                inputs.update({located[name]: BOUND for name in located if isinstance(name, tuple)})
                found[(method, path)] = (function.name, inputs, shape(function, response), paging, limit)
    return found


def main(plan_file, sdk):
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    sdk_surface = surface(sdk)
    tree_methods = {m["operation"]: m["name"]["words"] for node in plan.get("tree", {}).get("nodes", [])
                    for m in node.get("collection", []) + node.get("instance", [])}
    problems, operations, inputs, pages = [], 0, 0, 0
    for resource in plan.get("resources", []):
        for op in resource["operations"]:
            key = (op["httpMethod"], op["path"])
            if key not in sdk_surface:
                problems.append(f"{op['id']}: no method calls {key[0]} {key[1]}")
                continue
            name, actual, actual_shape, paging, limit = sdk_surface.pop(key)
            operations += 1
            wanted = "_".join(tree_methods.get(op["id"], op["method"]["words"]))
            if name.rstrip("_") != wanted and not name.startswith(wanted + "_"):
                problems.append(f"{op['id']}: method {name}, plan says {wanted}")
            expected = {(i["location"], i.get("wire", "")): bool(i.get("required")) for i in op.get("inputs", [])}
            inputs += len(expected)
            actual = {key: expected.get(key, BOUND) if given == BOUND else given for key, given in actual.items()}
            if actual != expected:
                problems.append(f"{op['id']}: inputs {sorted(actual.items())}, plan says {sorted(expected.items())}")
            if actual_shape != SHAPES[op["result"]["shape"]]:
                problems.append(f"{op['id']}: returns {actual_shape}, plan says {op['result']['shape']}")
            if "pagination" in op["result"]:
                pages += 1
                wanted_limit = "_".join(op["result"]["itemLimit"]["words"])
                if limit is None or limit.rstrip("_") != wanted_limit:
                    problems.append(f"{op['id']}: item limit {limit}, plan says {wanted_limit}")
                if paging != planned_paging(op["result"]["pagination"]):
                    problems.append(f"{op['id']}: pages {paging}, plan says {planned_paging(op['result']['pagination'])}")
    problems.extend(f"{m} {p}: method not in the plan" for m, p in sdk_surface)
    for problem in problems:
        print("surface:", problem)
    print(f"surface: {operations} operations, {inputs} inputs and {pages} paginations read from the SDK,"
          f" {len(problems)} differ from the plan")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
