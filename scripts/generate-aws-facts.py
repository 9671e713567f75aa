#!/usr/bin/env python3
"""Print AWSFacts+Generated.swift: AWS limits taken from cfn-lint's bundled data and
schemas and from botocore's service models, never from a hand-made list.

Usage: python3 scripts/generate-aws-facts.py > Sources/SharecCore/Facts/AWSFacts+Generated.swift

The output is deterministic (everything sorted, no timestamps). Any surprise in the
sources exits non-zero, so an upgrade of cfn-lint or botocore cannot silently change
the meaning of the data.
"""
import json
import os
import re
import sys

import botocore
import botocore.loaders
import botocore.session
import cfnlint
import cfnlint.version
from cfnlint.helpers import LIMITS
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER, ResourceNotFoundError

ENGINES = ["aurora-mysql", "aurora-postgresql", "mariadb", "mysql", "postgres"]
STORAGE_SECTIONS = {"RDS for MariaDB": "mariadb", "RDS for MySQL": "mysql", "RDS for PostgreSQL": "postgres"}
# Keys "Type.Property" name a top-level property of that resource type's schema.
RESOURCE_PROPERTIES = [
    "AWS::VpcLattice::ServiceNetwork.Name", "AWS::VpcLattice::ResourceGateway.Name",
    "AWS::VpcLattice::ResourceConfiguration.Name", "AWS::RDS::DBInstance.DBInstanceIdentifier",
    "AWS::RDS::DBSubnetGroup.DBSubnetGroupName", "AWS::IAM::Role.RoleName", "AWS::RAM::ResourceShare.Name",
    "AWS::CloudWatch::Dashboard.DashboardName", "AWS::Logs::LogGroup.LogGroupName", "AWS::EC2::SecurityGroup.GroupName",
    "AWS::RDS::DBInstance.MasterUsername", "AWS::VpcLattice::ResourceConfiguration.Id",
]
# (our key, resource type, path into its properties; "[]" steps into array items)
NAME_PROPERTIES = [(k, k.rsplit(".", 1)[0], [k.rsplit(".", 1)[1]]) for k in RESOURCE_PROPERTIES] + [
]
# Every taggable resource type sharec emits: a spec's tags go on all of them, so a tag must meet
# the strictest of their schemas (IAM's allows fewer characters than EC2's, for instance).
TAGGED_TYPES = [
    "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::InternetGateway", "AWS::EC2::EIP", "AWS::EC2::NatGateway",
    "AWS::EC2::RouteTable", "AWS::EC2::SecurityGroup", "AWS::EC2::FlowLog", "AWS::Logs::LogGroup", "AWS::IAM::Role",
    "AWS::RDS::DBSubnetGroup", "AWS::RDS::DBInstance", "AWS::RAM::ResourceShare", "AWS::VpcLattice::ResourceGateway",
    "AWS::VpcLattice::ServiceNetwork", "AWS::VpcLattice::ServiceNetworkVpcAssociation",
    "AWS::VpcLattice::ResourceConfiguration", "AWS::VpcLattice::ServiceNetworkResourceAssociation",
    "AWS::VpcLattice::AccessLogSubscription",
]
PLAIN = re.compile(r"^[A-Za-z0-9.:_ -]*$")  # strings we emit as ordinary Swift literals


def fail(message):
    """Stop with a non-zero exit: the sources no longer look the way this script expects."""
    sys.exit(f"generate-aws-facts: {message}")


def lit(s):
    """A plain Swift string literal; refuses anything that would need escaping."""
    if not PLAIN.match(s):
        fail(f"unexpected characters in {s!r}")
    return f'"{s}"'


def raw_lit(s):
    """A Swift raw string literal holding s verbatim, with enough #s that s cannot end it or escape."""
    if "\n" in s or "\r" in s:
        fail(f"newline in pattern {s!r}")
    n = 1
    while f'"{"#" * n}' in s or f'\\{"#" * n}' in s:
        n += 1
    return f'{"#" * n}"{s}"{"#" * n}'


def instance_classes():
    """Per engine, the classes cfn-lint accepts in each region when no LicenseModel is given.

    cfn-lint applies this file in rule E3025 (rules/resources/rds/DbInstanceDbInstanceClassEnum.py,
    a CfnLintJsonSchemaRegional): for each region the template is linted for, it validates the
    DBInstance Properties (Engine lowercased first) against file[region], or accepts anything when
    the region is absent. file[region] is an allOf of if/then: each `if` matching Engine (const) and
    LicenseModel (`false` = property absent, else a const) restricts DBInstanceClass to its enum.
    Because it is allOf, when several entries match (the file repeats some engine/license pairs,
    not always with the same list) a class must be in all of them: we take the intersection.
    """
    path = os.path.join(os.path.dirname(cfnlint.__file__),
                        "data/schemas/extensions/aws_rds_dbinstance/dbinstanceclass_enum.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    per_engine = {e: {} for e in ENGINES}  # engine -> region -> set of classes
    for region, schema in data.items():
        if set(schema) != {"allOf"}:
            fail(f"{region}: expected only allOf, got {sorted(schema)}")
        for entry in schema["allOf"]:
            props = entry["if"]["properties"]
            if set(entry) != {"if", "then"} or not set(props) <= {"Engine", "LicenseModel", "DBInstanceClass"} \
                    or set(entry["then"]["properties"]) != {"DBInstanceClass"}:
                fail(f"{region}: unexpected entry shape {json.dumps(entry)[:200]}")
            engine = props["Engine"]["const"]
            # An `if` with a LicenseModel const (or requiring one) never applies when none is given.
            if engine not in per_engine or props.get("LicenseModel", False) is not False \
                    or "LicenseModel" in entry["if"].get("required", []):
                continue
            enum = set(entry["then"]["properties"]["DBInstanceClass"]["enum"])
            known = per_engine[engine].get(region)
            per_engine[engine][region] = enum if known is None else known & enum
    return sorted(data), per_engine


def bitmap(classes, accepted):
    """Lowercase hex, most significant bit first: bit i is set when classes[i] is accepted."""
    bits = "".join("1" if c in accepted else "0" for c in classes)
    bits += "0" * (-len(bits) % 4)
    return "".join(f"{int(bits[i:i + 4], 2):x}" for i in range(0, len(bits), 4))


def rds_create_members():
    """The CreateDBInstance input members of botocore's RDS model."""
    model = botocore.session.get_session().get_service_model("rds")
    return model.operation_model("CreateDBInstance").input_shape.members


def storage_types():
    """StorageType's "Valid Values: <code>a | b</code>", in botocore's order."""
    m = re.search(r"Valid Values: <code>([^<]+)</code>", rds_create_members()["StorageType"].documentation)
    if not m:
        fail("no 'Valid Values' in CreateDBInstance.StorageType documentation")
    return [v.strip() for v in m.group(1).split("|")]


def storage_ranges(types):
    """Per engine, storage type -> (min, max) GiB, parsed from CreateDBInstance.AllocatedStorage's
    <dt>RDS for X</dt><dd>...<li><p>... storage (gp2, gp3): Must be an integer from A to B.</p></li>...</dd>."""
    doc = rds_create_members()["AllocatedStorage"].documentation
    sections = dict(re.findall(r"<dt>\s*(.*?)\s*</dt>\s*<dd>(.*?)</dd>", doc, re.S))
    result = {}
    for title, engine in STORAGE_SECTIONS.items():
        if title not in sections:
            fail(f"no <dt>{title}</dt> in CreateDBInstance.AllocatedStorage documentation")
        ranges = {}
        for li in re.findall(r"<li>(.*?)</li>", sections[title], re.S):
            text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", li)).strip()
            m = re.fullmatch(r"[A-Za-z ()]+ storage \(([a-z0-9, ]+)\): Must be an integer from (\d+) to (\d+)\.", text)
            if not m:
                fail(f"{title}: cannot read {text!r}")
            for t in m.group(1).split(","):
                if t.strip() in ranges:
                    fail(f"{title}: {t.strip()} listed twice")
                ranges[t.strip()] = (int(m.group(2)), int(m.group(3)))
        if sorted(ranges) != sorted(types) or any(lo > hi for lo, hi in ranges.values()):
            fail(f"{title}: ranges {ranges} do not cover exactly the storage types {types}")
        result[engine] = ranges
    return result


def schema_node(key, type_name, path):
    """The schema of a property path in type_name's us-east-1 schema, following local $refs."""
    try:
        schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", type_name).schema
    except ResourceNotFoundError:
        fail(f"{key}: cfn-lint has no schema for {type_name}")
    node = {"properties": schema["properties"]}
    for step in path:
        node = node.get("items") if step == "[]" else node.get("properties", {}).get(step)
        while isinstance(node, dict) and "$ref" in node:  # only local "#/definitions/X" refs occur
            ref = node["$ref"]
            if not ref.startswith("#/definitions/") or ref.split("/")[-1] not in schema.get("definitions", {}):
                fail(f"{key}: cannot follow $ref {ref}")
            node = schema["definitions"][ref.split("/")[-1]]
        if node is None:
            fail(f"{key}: {type_name} has no {'.'.join(path)}")
    return node


def tag_constraint(part):
    """The strictest Tags[].Key or Tags[].Value constraint over TAGGED_TYPES: the largest minimum, the
    smallest maximum, and every distinct pattern (joined as lookaheads when there are several)."""
    nodes = [schema_node(f"Tag.{part}", t, ["Tags", "[]", part]) for t in TAGGED_TYPES]
    minima = [n["minLength"] for n in nodes if n.get("minLength") is not None]
    maxima = [n["maxLength"] for n in nodes if n.get("maxLength") is not None]
    patterns = sorted({n["pattern"] for n in nodes if n.get("pattern")})
    pattern = patterns[0] if len(patterns) == 1 else ("".join(f"(?={p})" for p in patterns) if patterns else None)
    return (max(minima, default=None), min(maxima, default=None), pattern)


def max_tags():
    """The fewest tags any of TAGGED_TYPES accepts (Tags maxItems)."""
    limits = [schema_node("Tags", t, ["Tags"]).get("maxItems") for t in TAGGED_TYPES]
    return min(limit for limit in limits if limit is not None)


def name_constraints():
    """Key -> (minLength, maxLength, pattern) from cfn-lint's us-east-1 resource schemas, plus STS ExternalId."""
    result = {}
    for key, type_name, path in NAME_PROPERTIES:
        node = schema_node(key, type_name, path)
        result[key] = (node.get("minLength"), node.get("maxLength"), node.get("pattern"))
    result["Tag.Key"] = tag_constraint("Key")
    result["Tag.Value"] = tag_constraint("Value")
    sts = botocore.session.get_session().get_service_model("sts")
    members = sts.operation_model("AssumeRole").input_shape.members
    if "ExternalId" not in members:
        fail("STS AssumeRole has no ExternalId")
    meta = members["ExternalId"].metadata
    result["STS.ExternalId"] = (meta.get("min"), meta.get("max"), meta.get("pattern"))
    result["AWS::CloudWatch::Dashboard.DashboardName"] = dashboard_name()
    result.update(organizations_arns())
    result.update(resource_id_formats())
    return result


def resource_id_formats():
    """The VPC, subnet and security group id patterns cfn-lint checks (its format rules), for
    networks and databases a spec names by id."""
    from cfnlint.rules.formats.SecurityGroupId import SecurityGroupId
    from cfnlint.rules.formats.SubnetId import SubnetId
    from cfnlint.rules.formats.VpcId import VpcId
    result = {}
    for rule in (VpcId(), SubnetId(), SecurityGroupId()):
        if not getattr(rule, "pattern", None) or not getattr(rule, "format_keyword", None):
            fail(f"cfn-lint's {type(rule).__name__} rule has no pattern or format")
        result[rule.format_keyword] = (None, None, rule.pattern)
    return result


def partitions(regions):
    """Region -> partition id, from botocore's endpoint data: the partition that lists the region,
    else the one whose region pattern matches it."""
    data = botocore.loaders.create_loader().load_data("endpoints")["partitions"]
    result = {}
    for region in regions:
        named = [p["partition"] for p in data if region in p.get("regions", {})]
        matched = [p["partition"] for p in data if re.match(p["regionRegex"], region)]
        found = named or matched
        if not found:
            fail(f"no partition for region {region}")
        result[region] = found[0]
    return result


def organizations_arns():
    """The ARN patterns of an organization and an OU, which a RAM share takes as principals. botocore
    writes them for the aws partition only; `arn:aws:` becomes `arn:aws[a-z-]*:` so that China and
    GovCloud ARNs pass too (a rule then matches the ARN's partition with the owner's region)."""
    model = botocore.session.get_session().get_service_model("organizations")
    result = {}
    for shape in ("OrganizationArn", "OrganizationalUnitArn"):
        meta = model.shape_for(shape).metadata
        pattern = meta.get("pattern", "")
        if not pattern.startswith("^arn:aws:organizations::"):
            fail(f"organizations {shape} pattern changed: {pattern!r}")
        result[f"Organizations.{shape}"] = (meta.get("min"), meta.get("max"),
                                            "^arn:aws[a-z-]*:" + pattern[len("^arn:aws:"):] + "$")
    return result


def dashboard_name():
    """CloudWatch states the dashboard name's limits only in PutDashboard's documentation."""
    cloudwatch = botocore.session.get_session().get_service_model("cloudwatch")
    doc = cloudwatch.operation_model("PutDashboard").input_shape.members["DashboardName"].documentation
    m = re.search(r'The maximum length is (\d+), and valid characters are A-Z, a-z, 0-9, "-", and "_"', doc)
    if not m:
        fail("PutDashboard.DashboardName documentation no longer states its limits the expected way")
    return (1, int(m.group(1)), r"^[A-Za-z0-9_-]+$")


def property_enum(type_name, prop):
    """The `enum` of a top-level property in cfn-lint's us-east-1 schema of type_name."""
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", type_name).schema
    values = schema["properties"].get(prop, {}).get("enum")
    if not values:
        fail(f"{type_name}.{prop} has no enum")
    return values


def backup_retention_maximum():
    """The BackupRetentionPeriod maximum cfn-lint applies to non-Aurora DB instances."""
    path = os.path.join(os.path.dirname(cfnlint.__file__),
                        "data/schemas/extensions/aws_rds_dbinstance/backupretentionperiod_maximum.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    maxima = [entry["then"]["properties"]["BackupRetentionPeriod"]["maximum"] for entry in data["allOf"]
              if isinstance(entry["then"]["properties"]["BackupRetentionPeriod"], dict)]
    if len(maxima) != 1:
        fail(f"expected one BackupRetentionPeriod maximum, found {maxima}")
    return maxima[0]


def database_port_range():
    """The ports a new database may listen on: CreateDBInstance.Port's and CreateDBCluster.Port's 'Valid Values'."""
    rds = botocore.session.get_session().get_service_model("rds")
    ranges = set()
    for operation in ("CreateDBInstance", "CreateDBCluster"):
        doc = rds.operation_model(operation).input_shape.members["Port"].documentation
        m = re.search(r"Valid Values:\s*<code>(\d+)-(\d+)</code>", doc)
        if not m:
            fail(f"no 'Valid Values' range in {operation}.Port documentation")
        ranges.add((int(m.group(1)), int(m.group(2))))
    if len(ranges) != 1:
        fail(f"CreateDBInstance.Port and CreateDBCluster.Port disagree: {ranges}")
    return ranges.pop()


def log_exports():
    """Per engine, the log types CloudWatch Logs exports take: CreateDBInstance's list for RDS engines, CreateDBCluster's for Aurora."""
    rds = botocore.session.get_session().get_service_model("rds")
    sections = {"CreateDBInstance": {"RDS for MariaDB": "mariadb", "RDS for MySQL": "mysql", "RDS for PostgreSQL": "postgres"},
                "CreateDBCluster": {"Aurora MySQL": "aurora-mysql", "Aurora PostgreSQL": "aurora-postgresql"}}
    exports = {}
    for operation, engines in sections.items():
        doc = rds.operation_model(operation).input_shape.members["EnableCloudwatchLogsExports"].documentation
        for section, engine in engines.items():
            m = re.search(re.escape(section) + r" - <code>([a-z| -]+)</code>", doc)
            if not m:
                fail(f"no log types for {section} in {operation}.EnableCloudwatchLogsExports documentation")
            exports[engine] = [t.strip() for t in m.group(1).split("|")]
    return exports


def monitoring_intervals():
    """The Enhanced Monitoring intervals: CreateDBInstance.MonitoringInterval's and CreateDBCluster's 'Valid Values'."""
    rds = botocore.session.get_session().get_service_model("rds")
    found = set()
    for operation in ("CreateDBInstance", "CreateDBCluster"):
        doc = rds.operation_model(operation).input_shape.members["MonitoringInterval"].documentation
        m = re.search(r"Valid Values:\s*<code>([0-9| ]+)</code>", doc)
        if not m:
            fail(f"no 'Valid Values' in {operation}.MonitoringInterval documentation")
        found.add(tuple(int(v) for v in m.group(1).split("|")))
    if len(found) != 1:
        fail(f"CreateDBInstance.MonitoringInterval and CreateDBCluster.MonitoringInterval disagree: {found}")
    return found.pop()


def cluster_backup_retention_minimum():
    """The fewest days of backups an Aurora cluster keeps: AWS::RDS::DBCluster.BackupRetentionPeriod's minimum."""
    node = schema_node("cluster backups", "AWS::RDS::DBCluster", ["BackupRetentionPeriod"])
    if "minimum" not in node:
        fail("AWS::RDS::DBCluster.BackupRetentionPeriod has no minimum")
    return node["minimum"]


def engine_versions(filename):
    """Per engine, the EngineVersion enum of cfn-lint's if/then entries keyed by Engine const
    (engine_version.json: rule E3691, every accepted version; engine_version_deprecated.json:
    rule W3691, versions RDS has deprecated). An Aurora engine's version is set on its cluster, so
    its list is the one cfn-lint applies to AWS::RDS::DBCluster."""
    result = {}
    for resource in ("aws_rds_dbinstance", "aws_rds_dbcluster"):
        path = os.path.join(os.path.dirname(cfnlint.__file__), "data/schemas/extensions", resource, filename)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        result.update(versions_by_engine(data, filename, aurora=resource == "aws_rds_dbcluster"))
    missing = set(ENGINES) - set(result)
    if filename == "engine_version.json" and missing:
        fail(f"{filename}: no versions for {sorted(missing)}")
    return result


def versions_by_engine(data, filename, aurora):
    result = {}
    for entry in data["allOf"]:
        props = entry["if"].get("properties", {})
        engine = props.get("Engine", {}).get("const")
        if engine not in ENGINES or engine.startswith("aurora") != aurora:
            continue
        # The accepted list sits in `then`; the deprecated list is the `if` that triggers the warning.
        then = entry["then"] if isinstance(entry["then"], dict) else {}
        versions = (then.get("properties", {}).get("EngineVersion") or props.get("EngineVersion") or {}).get("enum")
        if not versions:
            fail(f"{filename}: no EngineVersion enum for {engine}")
        result[engine] = sorted(set(result.get(engine, [])) | set(versions))
    return result


def cloudformation_limits():
    """(resources, outputs, template bytes) a template may hold: cfn-lint's template schemas
    (maxProperties of Resources and Outputs, rules E3010 and E6010) and its body size limit (E1002)."""
    folder = os.path.join(os.path.dirname(cfnlint.__file__), "data/schemas/other")
    limits = []
    for section in ("resources", "outputs"):
        with open(os.path.join(folder, section, "configuration.json"), encoding="utf-8") as f:
            schema = json.load(f)
        if "maxProperties" not in schema:
            fail(f"cfn-lint's {section} schema has no maxProperties")
        limits.append(schema["maxProperties"])
    return limits[0], limits[1], LIMITS["template"]["body"]


def swift_opt(value):
    """A Swift Int? or String? literal."""
    if value is None:
        return "nil"
    return str(value) if isinstance(value, int) else raw_lit(value)


TEMPLATE = """\
// Generated by scripts/generate-aws-facts.py from cfn-lint {cfnlint} and botocore {botocore}.
// Do not edit; run `python3 scripts/generate-aws-facts.py > Sources/SharecCore/Facts/AWSFacts+Generated.swift`.

/// Limits and enumerations from AWS's own machine-readable sources, for the validator.
enum AWSFacts {{
    /// cfn-lint's version and botocore's, so a test can tell which data a build carries.
    static let sources = "cfn-lint {cfnlint}, botocore {botocore}"

    /// Regions for which cfn-lint carries RDS instance-class data, sorted.
    static let regions: [String] = [{regions}]

    /// Per RDS engine: every DB instance class cfn-lint accepts in any region (space-separated, sorted),
    /// and per region a lowercase hex bitmap over that list (bit i of the bitmap, counting from the most
    /// significant bit of the first hex digit, is set when class i is accepted in that region).
    static let instanceClasses: [String: InstanceClassTable] = [
{instance_classes}
    ]

    /// Per RDS engine and storage type, the allocated storage range in GiB \
(from botocore's documentation of CreateDBInstance.AllocatedStorage).
    static let storageGiB: [String: [String: ClosedRange<Int>]] = [
{storage}
    ]

    /// Storage types botocore lists for CreateDBInstance.StorageType, in its order.
    static let storageTypes: [String] = [{storage_types}]

    /// CloudWatch Logs retention periods (AWS::Logs::LogGroup.RetentionInDays), in days.
    static let logRetentionDays: [Int] = [{log_retention}]

    /// The longest backup retention cfn-lint allows a non-Aurora DB instance, in days.
    static let backupRetentionDaysMaximum = {backup_maximum}

    /// The ports a new database may listen on (botocore's CreateDBInstance.Port and CreateDBCluster.Port).
    static let databasePorts = {port_low}...{port_high}

    /// Per RDS engine, the log types it exports to CloudWatch Logs (botocore's CreateDBInstance and, for Aurora,
    /// CreateDBCluster EnableCloudwatchLogsExports), in botocore's order.
    static let logExports: [String: [String]] = [
{log_exports}
    ]

    /// Enhanced Monitoring's intervals in seconds, 0 for off (botocore's CreateDBInstance and CreateDBCluster MonitoringInterval).
    static let monitoringIntervals: [Int] = [{monitoring_intervals}]

    /// The shortest backup retention an Aurora cluster takes (AWS::RDS::DBCluster.BackupRetentionPeriod), in days.
    static let clusterBackupRetentionDaysMinimum = {cluster_backup_minimum}

    /// Traffic a VPC flow log can capture (AWS::EC2::FlowLog.TrafficType).
    static let flowLogTrafficTypes: [String] = [{traffic_types}]

    /// Per RDS engine, every EngineVersion cfn-lint accepts (space-separated, sorted).
    static let engineVersions: [String: String] = [
{engine_versions}
    ]

    /// Per RDS engine, the versions cfn-lint warns are deprecated (space-separated, sorted).
    static let deprecatedEngineVersions: [String: String] = [
{deprecated_versions}
    ]

    /// What one CloudFormation template may hold: resources, outputs, and bytes of template body.
    static let cloudFormationMaxResources = {cfn_resources}
    static let cloudFormationMaxOutputs = {cfn_outputs}
    static let cloudFormationMaxTemplateBytes = {cfn_bytes}

    /// The fewest tags any resource sharec tags accepts.
    static let maxTagsPerResource = {max_tags}

    /// The partition of each region above, as ARNs write it (aws, aws-cn, aws-us-gov, ...).
    static let partitions: [String: String] = [
{partitions}
    ]

    /// Length and pattern constraints of the AWS properties that spec values become.
    static let nameConstraints: [String: NameConstraint] = [
{names}
    ]
}}
"""


def render():
    """The whole Swift file: TEMPLATE filled with the blocks built here."""
    regions, per_engine = instance_classes()
    types = storage_types()
    tables = []
    for engine in ENGINES:
        classes = sorted(set().union(*per_engine[engine].values()))
        if not classes:
            fail(f"no instance classes for {engine}")
        tables += [f"        {lit(engine)}: InstanceClassTable(",
                   f"            classes: {lit(' '.join(classes))},",
                   "            availability: ["]
        tables += [f"                {lit(r)}: {lit(bitmap(classes, per_engine[engine][r]))},"
                   for r in sorted(per_engine[engine])]
        tables.append("            ]),")
    storage = [f"        {lit(engine)}: [" + ", ".join(f"{lit(t)}: {lo}...{hi}" for t, (lo, hi) in sorted(r.items())) + "],"
               for engine, r in sorted(storage_ranges(types).items())]
    names = [f"        {lit(key)}: NameConstraint(minLength: {swift_opt(lo)}, maxLength: {swift_opt(hi)},"
             f" pattern: {swift_opt(pattern)}),"
             for key, (lo, hi, pattern) in sorted(name_constraints().items())]
    return TEMPLATE.format(
        cfnlint=cfnlint.version.__version__, botocore=botocore.__version__,
        regions=", ".join(lit(r) for r in regions),
        partitions="\n".join(f"        {lit(r)}: {lit(p)}," for r, p in sorted(partitions(regions).items())),
        instance_classes="\n".join(tables),
        storage="\n".join(storage), storage_types=", ".join(lit(t) for t in types), names="\n".join(names),
        log_retention=", ".join(str(d) for d in property_enum("AWS::Logs::LogGroup", "RetentionInDays")),
        log_exports="\n".join(f"        {lit(e)}: [" + ", ".join(lit(t) for t in types) + "]," for e, types in sorted(log_exports().items())),
        monitoring_intervals=", ".join(str(i) for i in monitoring_intervals()),
        port_low=database_port_range()[0], port_high=database_port_range()[1],
        backup_maximum=backup_retention_maximum(), cluster_backup_minimum=cluster_backup_retention_minimum(), max_tags=max_tags(),
        cfn_resources=cloudformation_limits()[0], cfn_outputs=cloudformation_limits()[1], cfn_bytes=cloudformation_limits()[2],
        engine_versions="\n".join(f"        {lit(e)}: {lit(' '.join(v))}," for e, v in sorted(engine_versions("engine_version.json").items())),
        deprecated_versions="\n".join(f"        {lit(e)}: {lit(' '.join(v))},"
                                       for e, v in sorted(engine_versions("engine_version_deprecated.json").items())) or "        :",
        traffic_types=", ".join(lit(t) for t in sorted(property_enum("AWS::EC2::FlowLog", "TrafficType"))))


if __name__ == "__main__":
    sys.stdout.write(render())
