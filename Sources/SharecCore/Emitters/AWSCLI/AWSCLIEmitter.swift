/// Lowers a plan to one bash script of AWS CLI calls with `plan`, `deploy`, `destroy` and `outputs`.
/// Every value from the spec is a single-quoted word; JSON documents come from the JSON encoder.
public struct AWSCLIEmitter: Emitter {
    public init() {}

    public func emit(_ plan: SharingPlan, into diagnostics: DiagnosticSink) -> EmittedFile {
        let network = CLINetwork(plan: plan)
        let sharing = CLISharing(plan: plan, topology: network.topology)
        let text = Self.script(plan, account: plan.owner.account.value, role: "owner", deploy: { body in
            body.line("log \"deploying $spec_name to account $account in $region\"")
            CLIRoles.claim(network.roles + sharing.roles, &body)
            network.deploy(&body)
            sharing.deploy(&body)
            body.line("log \"deployed $spec_name\"")
        }, destroy: { body in
            sharing.checkDeletionProtection(&body)
            body.line("log \"destroying $spec_name in account $account, $region\"")
            sharing.destroy(&body)
            network.destroy(&body)
            body.line("log \"destroyed $spec_name\"")
        }, outputs: { body in
            CLIOutputs(plan: plan, network: network, sharing: sharing).print(&body)
        })
        return EmittedFile(name: "\(plan.name).sh", contents: text, isExecutable: true)
    }

    public func emit(_ plan: SharingPlan, consumer side: ConsumerSide, into diagnostics: DiagnosticSink) -> EmittedFile {
        // Everything the tenant's side creates carries the spec's tags and the tenant's own.
        var tenantPlan = plan
        tenantPlan.tags = side.tags
        let consumer = CLIConsumer(plan: tenantPlan, side: side)
        let text = Self.script(plan, account: side.account.value, role: "consumer",
                               deploy: consumer.deploy, destroy: consumer.destroy, outputs: consumer.outputs)
        return EmittedFile(name: ConsumerNames.fileName(plan, side, ".sh"), contents: text, isExecutable: true)
    }

    /// The prologue, then `deploy`, `destroy` and `outputs` (deploy checks the caller first and prints the outputs last;
    /// `plan` is deploy with every change noted instead of made, and prints the notes instead of the outputs).
    private static func script(_ plan: SharingPlan, account: String, role: String, deploy: (inout BashScript) -> Void,
                               destroy: (inout BashScript) -> Void, outputs: (inout BashScript) -> Void) -> String {
        var script = BashScript()
        script.block("deploy() {", "}") { body in
            body.line("check_caller")
            deploy(&body)
            body.line("if [[ \"$planning\" == true ]]; then show_plan; fi")
            body.line("outputs")
        }
        script.line()
        script.block("destroy() {", "}") { body in
            body.line("check_caller")
            destroy(&body)
        }
        script.line()
        script.block("outputs() {", "}", outputs)
        script.line()
        script.block("case \"$command_name\" in", "esac") { body in
            body.line("plan|deploy) deploy ;;")
            body.line("destroy) confirm_destroy; destroy ;;")
            body.line("outputs) outputs ;;")
        }
        let prologue = TemplateFile(path: "cli/prologue.sh").text([
            "name": BashScript.quote(plan.name),
            "region": BashScript.quote(plan.owner.region.value),
            "account": BashScript.quote(account),
            "role": role,
        ])
        return prologue + "\n" + script.text
    }
}
