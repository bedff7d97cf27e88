import DataFiles
import Foundation
@testable import PlanModel

/// What the fuzz targets check fuzzed files against: the embedded plan, loaded once.
/// `PLANPRESS_FUZZ_PLAN` names its folder (Fuzz/run.sh sets it); the default is the repository's plan.
enum FuzzBase {
    static let plan: Plan = {
        let directory = ProcessInfo.processInfo.environment["PLANPRESS_FUZZ_PLAN"] ?? "Plans/nkpao-2566-2570"
        do {
            return try PlanLoader.load(directory: directory)
        } catch {
            fatalError("fuzz setup: cannot load the base plan \(directory): \(error)")
        }
    }()

    /// A property every input must keep; a violation stops the fuzzer like a crash, with the input saved.
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("property violated: \(message())\n".utf8))
            abort()
        }
    }
}
