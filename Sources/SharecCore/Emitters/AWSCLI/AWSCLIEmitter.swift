/// Lowers a plan to one bash script of AWS CLI calls with `deploy`, `destroy` and `outputs`.
/// Every value from the spec is a single-quoted word; JSON documents come from the JSON encoder.
public struct AWSCLIEmitter: Emitter {
    public init() {}

    public func emit(_ plan: SharingPlan, into diagnostics: DiagnosticSink) -> EmittedFile {
        var script = BashScript()
        let network = CLINetwork(plan: plan)
        let sharing = CLISharing(plan: plan, topology: network.topology)
        script.block("deploy() {", "}") { body in
            body.line("check_caller")
            body.line("log \"deploying $spec_name to account $owner_account in $region\"")
            network.deploy(&body)
            sharing.deploy(&body)
            body.line("log \"deployed $spec_name\"")
            body.line("outputs")
        }
        script.line()
        script.block("destroy() {", "}") { body in
            body.line("check_caller")
            sharing.checkDeletionProtection(&body)
            body.line("log \"destroying $spec_name in account $owner_account, $region\"")
            sharing.destroy(&body)
            network.destroy(&body)
            body.line("log \"destroyed $spec_name\"")
        }
        script.line()
        script.block("outputs() {", "}") { body in
            CLIOutputs(plan: plan, network: network, sharing: sharing).print(&body)
        }
        script.line()
        script.block("case \"$command_name\" in", "esac") { body in
            body.line("deploy) deploy ;;")
            body.line("destroy) destroy ;;")
            body.line("outputs) outputs ;;")
        }
        let prologue = TemplateFile(path: "cli/prologue.sh").text([
            "name": BashScript.quote(plan.name),
            "region": BashScript.quote(plan.owner.region.value),
            "account": BashScript.quote(plan.owner.account.value),
        ])
        return EmittedFile(name: "\(plan.name).sh", contents: prologue + "\n" + script.text, isExecutable: true)
    }
}
