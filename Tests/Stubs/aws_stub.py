#!/usr/bin/env python3
"""A local AWS endpoint for testing sharec's generated scripts and Terraform configurations, on 127.0.0.1 only.

moto answers EC2, RDS, IAM, CloudWatch Logs and CloudWatch. This file answers what moto lacks or
refuses: VPC Lattice resource gateways, service networks, resource configurations and their
associations, access log subscriptions and tags, RAM shares of them with their associations,
permissions and invitations, and STS's caller identity (as the account given); and it patches the
few moto behaviours the AWS CLI or the Terraform provider trips on (each patch says why). moto's
resources belong to the account given. A consumer's test plays the owner too (--sharer): resource
configurations and shares created here belong to the sharer, and each share sends this account an
invitation from it. Every request is recorded, decoded, as one JSON
line in the log file, so tests can check which operations ran with which values.

Usage: aws_stub.py --account 111122223333 [--sharer 444455556666] --log requests.jsonl
Prints "PORT <n>" once listening; runs until terminated. SHAREC_STUB_RDS_HOLD_SECONDS=T makes each
DB instance and cluster report creating, modifying or deleting for T seconds after the call, as RDS
takes minutes, so that a test can see whether a script waits for databases one after another.
"""
import argparse
import datetime
import io
import itertools
import json
import os
import re
import sys
import threading
import time
import urllib.parse

import botocore.session
from faults import Faults
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

SESSION = botocore.session.get_session()
LOCK = threading.Lock()
MOTO_LOCK = threading.Lock()
COUNTER = itertools.count(1)


def new_id(prefix):
    """A fresh id shaped like AWS's: prefix, dash, 17 lowercase hex digits."""
    return f"{prefix}-{next(COUNTER):017x}"


# ---------- decoding requests, for the log ----------

def rest_routes(service):
    """(method, compiled path regex naming its labels, operation name, names of list-valued query
    parameters) for every operation of a rest-json service."""
    model = SESSION.get_service_model(service)
    routes = []
    for name in model.operation_names:
        operation = model.operation_model(name)
        path = operation.http["requestUri"].split("?")[0]
        pattern = "^" + re.sub(r"\{([^}]+)\}", r"(?P<\1>[^/]+)", path.rstrip("/")) + "/?$"
        lists = {key for key, member in (operation.input_shape.members.items() if operation.input_shape else [])
                 if member.serialization.get("location") == "querystring" and member.type_name == "list"}
        routes.append((operation.http["method"], re.compile(pattern), name, lists))
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
        # The raw path, since a label may hold an ARN whose slashes are percent-encoded.
        path = urllib.parse.urlsplit(request.environ.get("RAW_URI", request.path)).path
        for method, pattern, name, lists in ROUTES[service_name]:
            match = pattern.match(path)
            if method == request.method and match:
                params = json.loads(body) if body else {}
                params.update({k: request.args.getlist(k) if k in lists else v for k, v in request.args.items()})
                params.update({k: urllib.parse.unquote(v) for k, v in match.groupdict().items()})
                params["__path"] = request.path
                return service, name, params
    return service, "unknown", {}


# ---------- what moto does not answer ----------

class Lattice:
    """Just enough of VPC Lattice, shaped by botocore's model: resources are ACTIVE as soon as they
    exist, each answer carries the fields its operation's output declares, tags are kept per ARN,
    and, as in AWS, what another resource still refers to cannot be deleted."""
    # Each kind, as operation names spell it, and the prefix of its ids.
    KINDS = {
        "ResourceGateway": "rgw", "ServiceNetwork": "sn", "ServiceNetworkVpcAssociation": "snva",
        "AccessLogSubscription": "als", "ResourceConfiguration": "rcfg", "ServiceNetworkResourceAssociation": "snra",
        "ResourceEndpointAssociation": "rea",
    }
    MODEL = SESSION.get_service_model("vpc-lattice")

    def __init__(self, account, region):
        self.account, self.region = account, region
        self.items = {kind: {} for kind in self.KINDS}
        self.tags = {}

    def handle(self, operation, params):
        if operation in ("ListTagsForResource", "TagResource", "UntagResource"):
            return self.tagging(operation, params)
        match = re.fullmatch(r"(Create|Get|Update|Delete|List)(\w+?)s?", operation)
        verb, kind = match.groups() if match else (None, None)
        if kind not in self.KINDS:
            return error(400, "ValidationException", f"{operation} is not stubbed")
        store = self.items[kind]
        model = self.MODEL.operation_model(operation)
        if verb == "Create":
            return self.answer(model, self.create(kind, store, params))
        if verb == "List":
            wanted = {key: self.resolve(value) for key, value in params.items()
                      if key.endswith("Identifier") and model.input_shape.members.get(key) is not None}
            found = [i for i in store.values() if all(i.get(key[:-len("Identifier")] + "Id") == v for key, v in wanted.items())]
            fields = model.output_shape.members["items"].member.members
            return ok({"items": [{k: v for k, v in i.items() if k in fields} for i in found]})
        label = next(name for name, member in model.input_shape.members.items() if member.serialization.get("location") == "uri")
        item = self.find(store, params.get(label, ""))
        if item is None:
            return error(404, "ResourceNotFoundException", f"{kind} {params.get(label)} not found")
        if verb == "Get":
            return self.answer(model, item)
        if verb == "Update":
            item.update(self.fields(params, model))
            item["lastUpdatedAt"] = now_iso8601()
            return self.answer(model, item)
        referrers = [other["arn"] for other_kind, others in self.items.items() if other_kind != "AccessLogSubscription"
                     for other in others.values() if item["id"] in (other.get(k) for k in other if k.endswith("Id"))]
        if referrers:
            return error(409, "ConflictException", f"{item['arn']} is still in use by {referrers}")
        del store[item["id"]]
        self.tags.pop(item["arn"], None)
        return self.answer(model, dict(item, status="DELETE_IN_PROGRESS"))

    def answer(self, model, item):
        """The item as the operation's output declares it, with the operation's status code."""
        status = model.http.get("responseCode", 200)
        if status == 204:
            return Response(status=204)
        return ok({k: v for k, v in item.items() if k in model.output_shape.members}, status=status)

    def fields(self, params, model):
        """A request's members other than the path's, with each `xIdentifier` also given as `xId`, `xArn` and `xName`."""
        item = {k: v for k, v in params.items() if k in model.input_shape.members and k not in ("tags", "clientToken")
                and model.input_shape.members[k].serialization.get("location") != "uri"}
        for key in [k for k in item if k.endswith("Identifier")]:
            stem = key[:-len("Identifier")]
            referred = next((i for store in self.items.values() for i in store.values() if item[key] in (i["id"], i["arn"])), None)
            item[stem + "Id"] = referred["id"] if referred else item[key]
            if referred:
                item[stem + "Arn"], item[stem + "Name"] = referred["arn"], referred.get("name")
        return item

    def find(self, store, identifier):
        return next((i for i in store.values() if identifier in (i["id"], i["arn"])), None)

    def create(self, kind, store, params):
        identifier = new_id(self.KINDS[kind])
        item = self.fields(params, self.MODEL.operation_model(f"Create{kind}"))
        arn = f"arn:aws:vpc-lattice:{self.region}:{owner_tag(params) or self.account}:{kind.lower()}/{identifier}"
        item.update({"id": identifier, "arn": arn, "status": "ACTIVE", "createdBy": self.account,
                     "createdAt": now_iso8601(), "lastUpdatedAt": now_iso8601()})
        store[identifier] = item
        self.tags[arn] = dict(params.get("tags") or {})
        return item

    def resolve(self, identifier):
        """An id for an id or an ARN of anything this stub holds."""
        for store in self.items.values():
            found = self.find(store, identifier)
            if found:
                return found["id"]
        return identifier

    def tagging(self, operation, params):
        arn = params.get("resourceArn", "")
        if arn not in self.tags:
            return error(404, "ResourceNotFoundException", f"{arn} not found")
        if operation == "TagResource":
            self.tags[arn].update(params.get("tags") or {})
        elif operation == "UntagResource":
            for key in params.get("tagKeys", []):
                self.tags[arn].pop(key, None)
        return ok({"tags": self.tags[arn]} if operation == "ListTagsForResource" else {})


class Ram:
    """Just enough of AWS RAM: shares, their associations with resources and principals, their
    tags and permissions, and a pending invitation to each share for this account. A deleted share
    stays listed as DELETED, as in AWS. Each operation is the method of its name."""
    def __init__(self, account, sharer, region):
        self.account, self.sharer, self.region = account, sharer, region
        self.shares, self.invitations, self.associations = {}, {}, []

    def handle(self, operation, params):
        method = getattr(self, operation, None) if operation[:1].isupper() else None
        if method is None:
            return error(400, "InvalidParameterException", f"{operation} is not stubbed")
        return method(params)

    def share(self, params):
        return self.shares.get(params.get("resourceShareArn"))

    def CreateResourceShare(self, params):
        sharer = owner_tag(params) or self.sharer
        arn = f"arn:aws:ram:{self.region}:{sharer}:resource-share/{new_id('share')}"
        share = {"resourceShareArn": arn, "name": params["name"], "owningAccountId": sharer, "status": "ACTIVE",
                 "allowExternalPrincipals": params.get("allowExternalPrincipals", True), "featureSet": "STANDARD",
                 "tags": params.get("tags") or [], "creationTime": now_epoch(), "lastUpdatedTime": now_epoch()}
        self.shares[arn] = share
        self.associate(share, params)
        self.invite(share)
        return ok({"resourceShare": share, "clientToken": params.get("clientToken")})

    def invite(self, share):
        """A pending invitation to the share for this account, unless one is pending already."""
        arn = share["resourceShareArn"]
        if any(i["resourceShareArn"] == arn and i["status"] == "PENDING" for i in self.invitations.values()):
            return
        invitation = f"arn:aws:ram:{self.region}:{self.account}:resource-share-invitation/{new_id('invitation')}"
        self.invitations[invitation] = {"resourceShareInvitationArn": invitation, "resourceShareName": share["name"],
                                        "resourceShareArn": arn, "senderAccountId": share["owningAccountId"],
                                        "receiverAccountId": self.account, "status": "PENDING"}

    def matching(self, params):
        """The shares a GetResourceShares or ListResources request selects."""
        owner = params.get("resourceOwner")
        return [s for s in self.shares.values()
                if params.get("name") in (None, s["name"]) and params.get("resourceShareStatus") in (None, s["status"])
                and s["resourceShareArn"] in params.get("resourceShareArns", [s["resourceShareArn"]])
                and owner in (None, "SELF" if s["owningAccountId"] == self.account else "OTHER-ACCOUNTS")]

    def GetResourceShares(self, params):
        return ok({"resourceShares": self.matching(params)})

    def UpdateResourceShare(self, params):
        share = self.share(params)
        if share is None:
            return error(400, "UnknownResourceException", "no such share")
        share.update({k: params[k] for k in ("name", "allowExternalPrincipals") if k in params})
        return ok({"resourceShare": share, "clientToken": params.get("clientToken")})

    def DeleteResourceShare(self, params):
        share = self.share(params)
        if share is None or share["status"] == "DELETED":
            return error(400, "UnknownResourceException", "no such share")
        share["status"] = "DELETED"
        for association in self.associations:
            if association["resourceShareArn"] == share["resourceShareArn"]:
                association["status"] = "DISASSOCIATED"
        return ok({"returnValue": True, "clientToken": params.get("clientToken")})

    def associate(self, share, params, status="ASSOCIATED"):
        """Records the share's association with each of the request's resources and principals."""
        changed = []
        for kind, key in (("RESOURCE", "resourceArns"), ("PRINCIPAL", "principals")):
            for entity in params.get(key) or []:
                association = next((a for a in self.associations if a["resourceShareArn"] == share["resourceShareArn"]
                                    and a["associatedEntity"] == entity and a["associationType"] == kind), None)
                if association is None:
                    association = {"resourceShareArn": share["resourceShareArn"], "resourceShareName": share["name"],
                                   "associatedEntity": entity, "associationType": kind, "creationTime": now_epoch(),
                                   "external": kind == "PRINCIPAL" and re.fullmatch(r"\d{12}", entity) is not None}
                    self.associations.append(association)
                association.update({"status": status, "lastUpdatedTime": now_epoch()})
                changed.append(association)
                # An account that leaves a share keeps no invitation to it; sharing with it again invites it again.
                if (kind, entity) == ("PRINCIPAL", self.account) and share["owningAccountId"] != self.account:
                    if status == "ASSOCIATED":
                        self.invite(share)
                    else:
                        self.invitations = {k: i for k, i in self.invitations.items() if i["resourceShareArn"] != share["resourceShareArn"]}
        return changed

    def AssociateResourceShare(self, params):
        share = self.share(params)
        if share is None or share["status"] != "ACTIVE":
            return error(400, "UnknownResourceException", "no such share")
        return ok({"resourceShareAssociations": self.associate(share, params), "clientToken": params.get("clientToken")})

    def DisassociateResourceShare(self, params):
        share = self.share(params)
        if share is None or share["status"] != "ACTIVE":
            return error(400, "UnknownResourceException", "no such share")
        return ok({"resourceShareAssociations": self.associate(share, params, "DISASSOCIATED"), "clientToken": params.get("clientToken")})

    def GetResourceShareAssociations(self, params):
        found = [a for a in self.associations if a["associationType"] == params.get("associationType")
                 and a["resourceShareArn"] in params.get("resourceShareArns", [a["resourceShareArn"]])
                 and params.get("resourceArn", params.get("principal")) in (None, a["associatedEntity"])
                 and params.get("associationStatus") in (None, a["status"])]
        return ok({"resourceShareAssociations": found})

    def ListResources(self, params):
        arns = {s["resourceShareArn"] for s in self.matching({k: params[k] for k in ("resourceOwner", "resourceShareArns") if k in params})}
        found = [{"arn": a["associatedEntity"], "type": resource_type(a["associatedEntity"]), "resourceShareArn": a["resourceShareArn"],
                  "status": "AVAILABLE", "creationTime": a["creationTime"], "lastUpdatedTime": a["lastUpdatedTime"]}
                 for a in self.associations if a["associationType"] == "RESOURCE" and a["status"] == "ASSOCIATED"
                 and a["resourceShareArn"] in arns and a["associatedEntity"] in params.get("resourceArns", [a["associatedEntity"]])]
        return ok({"resources": found})

    def ListResourceSharePermissions(self, params):
        """The AWS-managed default permission of each type of resource in the share, as RAM attaches it."""
        types = {resource_type(a["associatedEntity"]) for a in self.associations if a["associationType"] == "RESOURCE"
                 and a["resourceShareArn"] == params.get("resourceShareArn") and a["status"] == "ASSOCIATED"}
        permissions = [{"arn": f"arn:aws:ram::aws:permission/AWSRAMDefaultPermission{t.replace(':', '').replace('-', '')}",
                        "version": "1", "defaultVersion": True, "name": f"AWSRAMDefaultPermission{t}", "resourceType": t,
                        "status": "ATTACHED", "isResourceTypeDefault": True, "permissionType": "AWS_MANAGED"} for t in sorted(types)]
        return ok({"permissions": permissions})

    def TagResource(self, params):
        share = self.share(params)
        if share is None:
            return error(400, "UnknownResourceException", "no such share")
        keys = {t["key"] for t in params.get("tags", [])}
        share["tags"] = [t for t in share["tags"] if t["key"] not in keys] + params.get("tags", [])
        return ok({})

    def UntagResource(self, params):
        share = self.share(params)
        if share is None:
            return error(400, "UnknownResourceException", "no such share")
        share["tags"] = [t for t in share["tags"] if t["key"] not in params.get("tagKeys", [])]
        return ok({})

    def GetResourceShareInvitations(self, params):
        found = [i for i in self.invitations.values()
                 if i["resourceShareArn"] in params.get("resourceShareArns", [i["resourceShareArn"]])
                 and i["resourceShareInvitationArn"] in params.get("resourceShareInvitationArns", [i["resourceShareInvitationArn"]])]
        return ok({"resourceShareInvitations": found})

    def AcceptResourceShareInvitation(self, params):
        invitation = self.invitations.get(params.get("resourceShareInvitationArn"))
        if invitation is None or invitation["status"] != "PENDING":
            return error(400, "ResourceShareInvitationAlreadyAcceptedException", "no pending invitation")
        invitation["status"] = "ACCEPTED"
        return ok({"resourceShareInvitation": invitation, "clientToken": params.get("clientToken")})


def resource_type(arn):
    """RAM's type of a resource, from its ARN: arn:aws:vpc-lattice:...:resourceconfiguration/x is vpc-lattice:ResourceConfiguration."""
    service, resource = arn.split(":")[2], arn.split(":")[5].split("/")[0]
    names = {"resourceconfiguration": "ResourceConfiguration"}
    return f"{service}:{names.get(resource, resource)}"


def now_iso8601():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_epoch():
    return round(time.time(), 3)


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


def keep_resource_endpoints_configuration():
    """moto drops a Resource endpoint's ResourceConfigurationArn; here the endpoint keeps it, as AWS describes it."""
    from moto.ec2.responses.vpcs import VPCs
    original = VPCs.create_vpc_endpoint

    def create(self):
        result = original(self)
        result.result["VpcEndpoint"].resource_configuration_arn = self._get_param("ResourceConfigurationArn")
        return result
    VPCs.create_vpc_endpoint = create


def describe_group_pair_rules():
    """moto takes a rule's description from its CIDR only; a rule naming a group keeps it in the group pair."""
    from moto.ec2.models.security_groups import SecurityGroupRule
    SecurityGroupRule.description = property(lambda self: self.ip_range.get("Description") or self.source_group.get("Description"))


def keep_what_db_instances_are_made_with():
    """moto gives every DB instance the same resource id (the Terraform provider's id for it) and
    drops its Performance Insights and Enhanced Monitoring settings; here each gets its own id and keeps them."""
    from moto.rds.models import DBInstance
    original = DBInstance.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.dbi_resource_id = f"db-{next(COUNTER):026X}"
        self.enable_performance_insights = kwargs.get("enable_performance_insights", False)
        self.performance_insights_retention_period = kwargs.get("performance_insights_retention_period")
        self.performance_insights_kms_key_id = kwargs.get("performance_insights_kms_key_id")
        self.monitoring_interval = kwargs.get("monitoring_interval") or 0
        self.monitoring_role_arn = kwargs.get("monitoring_role_arn")
    DBInstance.__init__ = init
    # ModifyDBInstance sets enable_performance_insights; DescribeDBInstances reads performance_insights_enabled.
    DBInstance.performance_insights_enabled = property(lambda self: self.enable_performance_insights)


def keys_named_by_arn_exist():
    """A spec names its customer-managed KMS keys by ARN, keys that exist in a real account before sharec
    runs; moto makes up every key's id, so a key of the owner's account and region that RDS is given is
    made on first use, under the id its ARN names. Another account's or region's key stays unknown."""
    from moto.rds.models import KMS_ARN_PATTERN, RDSBackend
    original = RDSBackend._validate_kms_key

    def validate(self, kms_key_id):
        match = re.fullmatch(KMS_ARN_PATTERN, kms_key_id)
        if match and (match.group("account_id"), match.group("region")) == (self.account_id, self.region_name):
            kms = self.get_backend("kms", self.region_name, self.account_id)
            wanted = match.group("key")
            if wanted not in kms.keys:
                key = kms.create_key(None, "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT", "a customer-managed key the spec names", None)
                del kms.keys[key.id]
                key.id, key.arn = wanted, kms_key_id
                kms.keys[wanted] = key
        return original(self, kms_key_id)
    RDSBackend._validate_kms_key = validate


def list_db_parameters():
    """moto answers DescribeDBParameters with its dictionary's view of the parameters, which its
    serializer drops, and without their Source; AWS lists each parameter a group sets as "user",
    which is what the Terraform provider reads back."""
    from moto.core.responses import ActionResult
    from moto.rds.exceptions import DBParameterGroupNotFoundError
    from moto.rds.responses import RDSResponse

    def describe(self):
        name = self.params.get("DBParameterGroupName")
        groups = self.backend.describe_db_parameter_groups({"db_parameter_group_name": name})
        if not groups:
            raise DBParameterGroupNotFoundError(name)
        wanted = self.params.get("Source")
        parameters = [{"Source": "user", **parameter} for parameter in groups[0].parameters.values()]
        return ActionResult({"Parameters": [p for p in parameters if wanted in (None, p["Source"])]})
    RDSResponse.describe_db_parameters = describe


def scale_only_serverless_clusters():
    """moto describes every cluster with an empty serverless scaling configuration; AWS only a serverless cluster."""
    from moto.rds.models import DBCluster
    info = DBCluster.scaling_configuration_info
    DBCluster.scaling_configuration_info = property(lambda self: info.fget(self) if self.scaling_configuration else None)


def delete_clusters_automated_backups():
    """AWS removes a deleted cluster's automated backups unless told to keep them (DeleteDBCluster's
    DeleteAutomatedBackups); moto keeps them, so a cluster made again within the minute fails on its
    first automated snapshot's name."""
    from moto.rds.models import RDSBackend
    original = RDSBackend.delete_db_cluster

    def delete(self, cluster_identifier, *args, **kwargs):
        cluster = original(self, cluster_identifier, *args, **kwargs)
        for name, snapshot in list(self.cluster_snapshots.items()):
            if snapshot.snapshot_type == "automated" and snapshot.cluster.db_cluster_identifier == cluster_identifier:
                del self.cluster_snapshots[name]
        return cluster
    RDSBackend.delete_db_cluster = delete


def hold_databases(seconds):
    """A database created, modified or deleted reports creating, modifying or deleting for `seconds`
    (moto is done at once); a deleted one stays listed until then."""
    from moto.rds.models import DBCluster, DBInstance, RDSBackend

    def held(plain):
        def get(self):
            hold = getattr(self, "sharec_hold", None)
            if hold and time.monotonic() < hold[1]:
                return hold[0]
            return plain.fget(self) if isinstance(plain, property) else self.__dict__.get("sharec_status", "available")

        def put(self, value):
            if isinstance(plain, property):
                plain.fset(self, value)
            else:
                self.__dict__["sharec_status"] = value
        return property(get, put)
    DBInstance.status = held(DBInstance.__dict__.get("status"))
    DBCluster.status = held(DBCluster.status)

    def holding(method, state, delete=False):
        original = getattr(RDSBackend, method)

        def call(self, *args, **kwargs):
            if not delete:
                resource = original(self, *args, **kwargs)
                resource.sharec_hold = (state, time.monotonic() + seconds)
                return resource
            identifier = kwargs.get("db_instance_identifier") or kwargs.get("cluster_identifier") or args[0]
            store = self.clusters if method == "delete_db_cluster" else self.databases
            resource = store.get(identifier)
            # What RDS refuses (no such database, deletion protection) is refused at once.
            if resource is None or getattr(resource, "deletion_protection", False):
                return original(self, *args, **kwargs)
            resource.sharec_hold = (state, time.monotonic() + seconds)

            def finish():
                with MOTO_LOCK:
                    original(self, *args, **kwargs)
            threading.Timer(seconds, finish).start()
            return resource
        setattr(RDSBackend, method, call)
    for method, state in [("create_db_instance", "creating"), ("modify_db_instance", "modifying"),
                          ("create_db_cluster", "creating"), ("modify_db_cluster", "modifying")]:
        holding(method, state)
    for method in ["delete_db_instance", "delete_db_cluster"]:
        holding(method, "deleting", delete=True)


def protocol(service):
    """How a service (by its signing name) shapes its errors: botocore's model says."""
    try:
        return SESSION.get_service_model({"monitoring": "cloudwatch"}.get(service, service)).protocol
    except Exception:  # an unknown service: JSON, as the stubs answer
        return "json"


def application(account, sharer, region, log_path):
    moto = DomainDispatcherApplication(create_backend_app)
    lattice, ram = Lattice(sharer, region), Ram(account, sharer, region)
    faults = Faults()

    def app(environ, start_response):
        request = Request(environ)
        control = faults.control(request)
        if control is not None:
            return control(environ, start_response)
        body = request.get_data(cache=True)
        service, operation, params = describe(request, body)
        with LOCK:
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"service": service, "operation": operation, "params": params}, default=repr) + "\n")
            code = faults.take(operation)
            if code:
                return Faults.answer(service, protocol(service), code)(environ, start_response)
            if service == "sts" and operation == "GetCallerIdentity":
                return caller_identity(account)(environ, start_response)
            if service == "vpc-lattice":
                return lattice.handle(operation, params)(environ, start_response)
            if service == "ram":
                return ram.handle(operation, params)(environ, start_response)
        # The body was read for the log: moto reads it again from a fresh stream.
        environ["wsgi.input"] = io.BytesIO(body)
        # moto's models are not safe for concurrent calls (a revoke rebuilds a group's rule list from the copy it
        # read), and Terraform calls in parallel; AWS applies each change whole, so one call at a time reaches moto.
        with MOTO_LOCK:
            return moto(environ, start_response)
    return app


def create_backends(account, region):
    """moto makes a service's backend on its first call, which takes seconds of CPU (EC2's instance types and images,
    IAM's managed policies). Made before the stub says it listens, so that a script's first call, on a loaded machine,
    does not run past the CLI's 60-second read timeout."""
    from moto.backends import get_backend

    for service in ("ec2", "rds", "logs", "cloudwatch", "kms", "secretsmanager"):
        get_backend(service)[account][region]
    get_backend("iam")[account]["global"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--account", required=True)
    parser.add_argument("--sharer", help="the account that owns what is shared here; by default --account")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    # moto's resources belong to the account the stub answers for, as ARNs and owner ids in AWS do.
    os.environ["MOTO_ACCOUNT_ID"] = args.account
    # A real account has AWS's managed policies (AmazonRDSEnhancedMonitoringRole, which the monitoring role attaches).
    os.environ["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"
    give_resource_endpoints_dns_entries()
    keep_resource_endpoints_configuration()
    describe_group_pair_rules()
    keep_what_db_instances_are_made_with()
    keys_named_by_arn_exist()
    list_db_parameters()
    scale_only_serverless_clusters()
    delete_clusters_automated_backups()
    hold = float(os.environ.get("SHAREC_STUB_RDS_HOLD_SECONDS") or 0)
    if hold > 0:
        hold_databases(hold)
    create_backends(args.account, args.region)
    server = make_server("127.0.0.1", 0, application(args.account, args.sharer or args.account, args.region, args.log), threaded=True)
    print(f"PORT {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
