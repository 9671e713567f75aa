#!/usr/bin/env python3
"""A local AWS endpoint for testing sharec's generated scripts, on 127.0.0.1 only.

moto answers EC2, RDS, IAM, CloudWatch Logs and CloudWatch. This file answers what moto lacks or
refuses: VPC Lattice resource gateways and resource configurations, RAM shares of them and their
invitations, STS's caller identity (as the account given), and the DNS entries of VPC endpoints of
type Resource, which moto leaves empty. A consumer's test plays the owner too (--sharer): resource
configurations and shares created here belong to the sharer, and each share sends this account an
invitation from it. Every request is recorded, decoded, as one JSON
line in the log file, so tests can check which operations ran with which values.

Usage: aws_stub.py --account 111122223333 [--sharer 444455556666] --log requests.jsonl
Prints "PORT <n>" once listening; runs until terminated.
"""
import argparse
import io
import itertools
import json
import re
import sys
import threading
import urllib.parse

import botocore.session
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

SESSION = botocore.session.get_session()
LOCK = threading.Lock()
COUNTER = itertools.count(1)


def new_id(prefix):
    """A fresh id shaped like AWS's: prefix, dash, 17 lowercase hex digits."""
    return f"{prefix}-{next(COUNTER):017x}"


# ---------- decoding requests, for the log ----------

def rest_routes(service):
    """(method, compiled path regex, operation name) for every operation of a rest-json service."""
    model = SESSION.get_service_model(service)
    routes = []
    for name in model.operation_names:
        http = model.operation_model(name).http
        path = http["requestUri"].split("?")[0]
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path.rstrip("/")) + "/?$"
        routes.append((http["method"], re.compile(pattern), name))
    # Literal paths before templated ones, longer before shorter.
    routes.sort(key=lambda r: (r[1].pattern.count("[^/]+"), -len(r[1].pattern)))
    return routes


ROUTES = {service: rest_routes(service) for service in ("vpc-lattice", "ram")}


def cbor_decode(data):
    """Decodes the CBOR subset CloudWatch requests use (maps, arrays, strings, numbers, booleans)."""
    def item(i):
        major, info = data[i] >> 5, data[i] & 31
        i += 1
        if info < 24:
            value = info
        elif info in (24, 25, 26, 27):
            size = 1 << (info - 24)
            value, i = int.from_bytes(data[i:i + size], "big"), i + size
        elif info == 31:
            value = None  # indefinite length
        else:
            raise ValueError("unsupported CBOR")
        if major == 0:
            return value, i
        if major == 1:
            return -1 - value, i
        if major in (2, 3):
            if value is None:
                chunks = []
                while data[i] != 0xFF:
                    chunk, i = item(i)
                    chunks.append(chunk)
                return ("".join(chunks) if major == 3 else b"".join(chunks)), i + 1
            raw = data[i:i + value]
            return (raw.decode("utf-8") if major == 3 else raw), i + value
        if major == 4:
            out = []
            while (value is None and data[i] != 0xFF) or (value is not None and len(out) < value):
                element, i = item(i)
                out.append(element)
            return out, (i + 1 if value is None else i)
        if major == 5:
            out = {}
            while (value is None and data[i] != 0xFF) or (value is not None and len(out) < value):
                key, i = item(i)
                out[key], i = item(i)
            return out, (i + 1 if value is None else i)
        if major == 7:
            return {20: False, 21: True, 22: None}.get(info), i
        raise ValueError("unsupported CBOR")
    return item(0)[0] if data else {}


def describe(request, body):
    """(service, operation, params) of a request, decoded by its protocol."""
    scope = re.search(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/", request.headers.get("Authorization", ""))
    service = scope.group(1) if scope else "unknown"
    target = request.headers.get("X-Amz-Target")
    if target:
        return service, target.split(".")[-1], json.loads(body or b"{}")
    if "/operation/" in request.path:
        return service, request.path.rsplit("/", 1)[-1], cbor_decode(body)
    if (request.content_type or "").startswith("application/x-www-form-urlencoded"):
        form = {k: v[0] if len(v) == 1 else v for k, v in urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
        return service, form.get("Action", "unknown"), form
    service_name = {"vpc-lattice": "vpc-lattice", "ram": "ram"}.get(service)
    if service_name:
        for method, pattern, name in ROUTES[service_name]:
            if method == request.method and pattern.match(request.path):
                params = json.loads(body) if body else {}
                params.update({k: v for k, v in request.args.items()})
                params["__path"] = request.path
                return service, name, params
    return service, "unknown", {}


# ---------- what moto does not answer ----------

class Lattice:
    """Just enough of VPC Lattice: resources are ACTIVE as soon as they exist."""
    KINDS = {
        "resourcegateways": ("rgw", "resourcegateway"),
        "servicenetworks": ("sn", "servicenetwork"),
        "servicenetworkvpcassociations": ("snva", "servicenetworkvpcassociation"),
        "accesslogsubscriptions": ("als", "accesslogsubscription"),
        "resourceconfigurations": ("rcfg", "resourceconfiguration"),
        "servicenetworkresourceassociations": ("snra", "servicenetworkresourceassociation"),
    }
    # Query parameters of the List operations, and the fields of an item they filter on.
    FILTERS = {
        "serviceNetworkIdentifier": "serviceNetworkId", "vpcIdentifier": "vpcId",
        "resourceIdentifier": "resourceId", "resourceGatewayIdentifier": "resourceGatewayId",
        "resourceConfigurationIdentifier": "resourceConfigurationId",
    }

    def __init__(self, account, region):
        self.account, self.region = account, region
        self.items = {kind: {} for kind in self.KINDS}

    def handle(self, request, params):
        parts = request.path.strip("/").split("/")
        kind = parts[0]
        if kind not in self.KINDS:
            return error(404, "ResourceNotFoundException", f"no such path {request.path}")
        store = self.items[kind]
        if request.method == "POST" and len(parts) == 1:
            return self.create(kind, store, params)
        if request.method == "GET" and len(parts) == 1:
            wanted = {field: request.args[key] for key, field in self.FILTERS.items() if key in request.args}
            found = [i for i in store.values() if all(i.get(f) in (v, self.arn_of(v)) or i.get(f + "Arn") == v for f, v in wanted.items())]
            return ok({"items": found})
        item = self.find(store, urllib.parse.unquote(parts[1]))
        if item is None:
            return error(404, "ResourceNotFoundException", f"{kind} {parts[1]} not found")
        if request.method == "GET":
            return ok(item)
        if request.method == "DELETE":
            del store[item["id"]]
            return ok({"id": item["id"], "arn": item["arn"], "status": "DELETE_IN_PROGRESS"})
        return error(400, "ValidationException", "unsupported")

    def arn_of(self, value):
        return value

    def find(self, store, identifier):
        return next((i for i in store.values() if identifier in (i["id"], i["arn"])), None)

    def create(self, kind, store, params):
        prefix, arn_kind = self.KINDS[kind]
        identifier = new_id(prefix)
        item = {k: v for k, v in params.items() if k not in ("tags", "clientToken", "__path")}
        item.update({"id": identifier, "status": "ACTIVE",
                     "arn": f"arn:aws:vpc-lattice:{self.region}:{owner_tag(params) or self.account}:{arn_kind}/{identifier}"})
        for key, field in self.FILTERS.items():
            if key in params:
                item[field] = self.resolve(params[key])
        if kind == "resourceconfigurations":
            item["resourceGatewayId"] = self.resolve(params.get("resourceGatewayIdentifier", ""))
        if kind == "accesslogsubscriptions":
            item["resourceId"] = self.resolve(params.get("resourceIdentifier", ""))
        store[identifier] = item
        return ok(item, status=201)

    def resolve(self, identifier):
        """An id for an id or an ARN of anything this stub holds."""
        for store in self.items.values():
            found = self.find(store, identifier)
            if found:
                return found["id"]
        return identifier


class Ram:
    """Just enough of AWS RAM: shares by name, with the members they were created with, and a
    pending invitation to each share for this account."""
    def __init__(self, account, sharer, region):
        self.account, self.sharer, self.region = account, sharer, region
        self.shares = {}
        self.invitations = {}

    def handle(self, operation, params):
        if operation == "CreateResourceShare":
            sharer = owner_tag(params) or self.sharer
            arn = f"arn:aws:ram:{self.region}:{sharer}:resource-share/{new_id('share')}"
            share = {"resourceShareArn": arn, "name": params["name"], "owningAccountId": sharer, "status": "ACTIVE",
                     "allowExternalPrincipals": params.get("allowExternalPrincipals", True)}
            self.shares[arn] = share
            invitation = f"arn:aws:ram:{self.region}:{self.account}:resource-share-invitation/{new_id('invitation')}"
            self.invitations[invitation] = {"resourceShareInvitationArn": invitation, "resourceShareName": params["name"],
                                            "resourceShareArn": arn, "senderAccountId": sharer,
                                            "receiverAccountId": self.account, "status": "PENDING"}
            return ok({"resourceShare": share, "clientToken": params.get("clientToken")})
        if operation == "GetResourceShareInvitations":
            return ok({"resourceShareInvitations": list(self.invitations.values())})
        if operation == "AcceptResourceShareInvitation":
            invitation = self.invitations.get(params.get("resourceShareInvitationArn"))
            if invitation is None or invitation["status"] != "PENDING":
                return error(400, "ResourceShareInvitationAlreadyAcceptedException", "no pending invitation")
            invitation["status"] = "ACCEPTED"
            return ok({"resourceShareInvitation": invitation, "clientToken": params.get("clientToken")})
        if operation == "GetResourceShares":
            found = [s for s in self.shares.values()
                     if params.get("name") in (None, s["name"]) and params.get("resourceShareStatus") in (None, s["status"])]
            return ok({"resourceShares": found})
        if operation == "AssociateResourceShare":
            return ok({"resourceShareAssociations": []})
        if operation == "DeleteResourceShare":
            self.shares.pop(params.get("resourceShareArn"), None)
            return ok({"returnValue": True})
        return error(400, "InvalidParameterException", f"{operation} is not stubbed")


def owner_tag(params):
    """The account a `stub:owner` tag names: a test plants another account's look-alike with it."""
    tags = params.get("tags") or {}
    if isinstance(tags, list):
        tags = {t.get("key"): t.get("value") for t in tags}
    return tags.get("stub:owner")


def ok(body, status=200):
    return Response(json.dumps(body), status=status, content_type="application/json")


def error(status, code, message):
    response = Response(json.dumps({"message": message}), status=status, content_type="application/json")
    response.headers["x-amzn-ErrorType"] = code
    return response


def caller_identity(account):
    xml = (f'<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>'
           f"<Arn>arn:aws:iam::{account}:user/sharec-test</Arn><UserId>AIDASHARECTEST</UserId><Account>{account}</Account>"
           f"</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
    return Response(xml, content_type="text/xml")


def give_resource_endpoints_dns_entries():
    """moto makes DNS entries only for interface endpoints; a Resource endpoint gets one here."""
    from moto.ec2.models.vpcs import VPCEndPoint
    original = VPCEndPoint.__init__

    def init(self, ec2_backend, endpoint_id, vpc_id, service_name, endpoint_type, *args, **kwargs):
        original(self, ec2_backend, endpoint_id, vpc_id, service_name, endpoint_type, *args, **kwargs)
        if endpoint_type == "Resource" and not self.dns_entries:
            self.dns_entries = [{"dns_name": f"{endpoint_id}.rcfg.vpc-lattice-rsc.{ec2_backend.region_name}.on.aws",
                                 "hosted_zone_id": "ZSHARECSTUB"}]
    VPCEndPoint.__init__ = init


def application(account, sharer, region, log_path):
    moto = DomainDispatcherApplication(create_backend_app)
    lattice, ram = Lattice(sharer, region), Ram(account, sharer, region)

    def app(environ, start_response):
        request = Request(environ)
        body = request.get_data(cache=True)
        service, operation, params = describe(request, body)
        with LOCK:
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"service": service, "operation": operation, "params": params}, default=repr) + "\n")
            if service == "sts" and operation == "GetCallerIdentity":
                return caller_identity(account)(environ, start_response)
            if service == "vpc-lattice":
                return lattice.handle(request, params)(environ, start_response)
            if service == "ram":
                return ram.handle(operation, params)(environ, start_response)
        # The body was read for the log: moto reads it again from a fresh stream.
        environ["wsgi.input"] = io.BytesIO(body)
        return moto(environ, start_response)
    return app


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--account", required=True)
    parser.add_argument("--sharer", help="the account that owns what is shared here; by default --account")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    give_resource_endpoints_dns_entries()
    server = make_server("127.0.0.1", 0, application(args.account, args.sharer or args.account, args.region, args.log), threaded=True)
    print(f"PORT {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
