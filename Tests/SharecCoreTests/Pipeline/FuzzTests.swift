import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Thousands of damaged copies of every spec in specs/, through the whole library: each must end
/// quickly, either as a plan every target emits, or with located errors.
@Suite struct FuzzTests {
    /// Enough to reach every mutation on every spec many times; `SHAREC_FUZZ_CASES` runs more.
    static let cases = ProcessInfo.processInfo.environment["SHAREC_FUZZ_CASES"].flatMap { Int($0) } ?? 4000
    /// Far above a real spec's few milliseconds, even in a debug build: only a stall exceeds it.
    static let secondsPerCase = 2.0

    @Test func damagedSpecsEndInAPlanOrLocatedErrors() throws {
        let examples = try SpecFixtures.examples.map { [UInt8](try Data(contentsOf: $0)) }
        let invalid = try SpecFixtures.invalid.map { [UInt8](try Data(contentsOf: $0)) }
        var mutator = SpecMutator(seed: SpecMutator.seed)
        var outcomes = (plans: 0, refused: 0)
        for number in 0..<Self.cases {
            // Half the cases damage a valid spec, so that many still reach the rules and the emitters.
            let original = number % 2 == 0 ? examples[number / 2 % examples.count] : invalid[number / 2 % invalid.count]
            let bytes = mutator.mutate(original)
            let name = "case-\(number).yaml"
            let started = Date()
            let sink = DiagnosticSink()
            let plan = SpecReader.source(fileName: name, bytes: bytes, into: sink).flatMap { validate($0, diagnostics: sink) }
            if let plan {
                // A different target each time keeps the run short; over the run each is used a thousand times.
                let target = Target.allCases[number % Target.allCases.count]
                let file = target.emitter.emit(plan, into: sink)
                #expect(!file.contents.isEmpty || sink.hasErrors, "case \(number): \(target) emitted nothing and said nothing")
                outcomes.plans += 1
            } else {
                #expect(sink.hasErrors, "case \(number): no plan and no error")
                outcomes.refused += 1
            }
            let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
            for error in sink.diagnostics where error.severity == .error {
                let place = try #require(error.location, "case \(number): \(error) has no location")
                #expect(place.file == name && (1...lines).contains(place.line) && place.column >= 1, "case \(number): \(error)")
            }
            let seconds = Date().timeIntervalSince(started)
            #expect(seconds < Self.secondsPerCase, "case \(number) took \(seconds) s")
        }
        // The mutations must not all be fatal, nor all harmless, or the run tests little.
        #expect(outcomes.plans > Self.cases / 20 && outcomes.refused > Self.cases / 2, "\(outcomes)")
    }
}
