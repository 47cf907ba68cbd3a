#!/usr/bin/env python3
"""Reads {"Operation": payload, ...} as JSON on stdin and checks each payload against
botocore's model of cognito-idp: every member it sends is one the input shape has (nested
structures too), every required member is there, and scalars have the model's type. Prints
one line per problem; prints nothing when all payloads fit."""
import json
import sys

import botocore.loaders

model = botocore.loaders.create_loader().load_service_model("cognito-idp", "service-2")
shapes = model["shapes"]
TYPES = {"string": str, "boolean": bool, "integer": int, "long": int}


def check(path, value, shape_name, problems):
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind == "structure":
        if not isinstance(value, dict):
            problems.append(f"{path}: not an object")
            return
        for name in shape.get("required", []):
            if name not in value:
                problems.append(f"{path}: required member {name} missing")
        for name, member in value.items():
            if name not in shape["members"]:
                problems.append(f"{path}: {name} is no member of {shape_name}")
            else:
                check(f"{path}.{name}", member, shape["members"][name]["shape"], problems)
    elif kind == "list":
        for i, item in enumerate(value):
            check(f"{path}[{i}]", item, shape["member"]["shape"], problems)
    elif kind in TYPES and not isinstance(value, TYPES[kind]):
        problems.append(f"{path}: {value!r} is not a {kind}")


problems = []
for operation, payload in json.load(sys.stdin).items():
    op = model["operations"].get(operation)
    if op is None:
        problems.append(f"{operation}: no such operation")
        continue
    check(operation, payload, op["input"]["shape"], problems)
print("\n".join(problems))
