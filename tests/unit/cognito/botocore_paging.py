#!/usr/bin/env python3
"""Prints, as JSON, how botocore's model of cognito-idp pages each list operation named on
the command line: the request's and the answer's members, the page-size members' ceilings,
and botocore's paginator where it has one."""
import json
import sys

import botocore.loaders

loader = botocore.loaders.create_loader()
model = loader.load_service_model("cognito-idp", "service-2")
try:
    paginators = loader.load_service_model("cognito-idp", "paginators-1")["pagination"]
except Exception:  # noqa: BLE001 - a botocore without paginators still has the model
    paginators = {}
shapes = model["shapes"]

out = {}
for name in sys.argv[1:]:
    op = model["operations"].get(name)
    if op is None:
        out[name] = None
        continue
    request = shapes[op["input"]["shape"]]["members"]
    answer = shapes[op["output"]["shape"]]["members"]
    out[name] = {
        "request": sorted(request),
        "answer": sorted(answer),
        "max": {k: shapes[v["shape"]].get("max") for k, v in request.items()},
        "paginator": paginators.get(name),
    }
json.dump(out, sys.stdout)
