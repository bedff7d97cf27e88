import DataFiles
import Foundation
@testable import PlanModel

/// Fuzzes the YAML-to-model loader: the first byte chooses what the rest is read as —
/// 0: `plan.yaml`, 1: `projects/NN.yaml`, 2: a YAML progress records file — then the result is validated
/// as `planpress validate` / `planpress progress check` would. Any input may be refused with a `Diagnostic`;
/// none may crash, hang or produce a diagnostic without a file name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanLoader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let mode = bytes[0] % 3
    let data = Data(bytes: bytes + 1, count: count - 1)
    let base = FuzzBase.plan
    let file: YAMLFile
    do {
        file = try YAMLFile.parse(data: data, path: "fuzz.yaml")
    } catch {
        FuzzBase.check(error.location.file == "fuzz.yaml" && !error.message.isEmpty, "parse diagnostic \(error)")
        return 0
    }
    var findings: [Diagnostic] = []
    do {
        switch mode {
        case 0:
            var map = SourceMap()
            map.record(file: "plan.yaml", file.root)
            var plan = try PlanLoader.readPlan(file.root, directory: base.directory, sourceMap: map)
            plan.projects = Array(base.projects.prefix(3))
            for project in plan.projects {
                plan.sourceMap.locations[project.file] = base.sourceMap.locations[project.file]
            }
            findings = PlanValidator.validate(plan)
            _ = plan.errataEntries
        case 1:
            let project = try PlanLoader.readProject(file.root, file: "projects/01.yaml")
            var plan = base
            plan.sourceMap.record(file: "projects/01.yaml", file.root)
            plan.projects = [project]
            findings = PlanValidator.validate(plan)
            _ = plan.errataEntries
        default:
            let read = ProgressLoader.readYAML(file, relative: "progress/2566-6m/fuzz.yaml")
            var reader = ProgressRecordReader(plan: base, fiscalYear: 2566)
            let records = read.records.compactMap { reader.read($0) }
            findings = read.diagnostics + reader.diagnostics
                + ProgressValidation.validate(records, plan: base, fiscalYear: 2566, round: .sixMonths)
        }
    } catch {
        findings = [error]
    }
    for finding in findings {
        FuzzBase.check(!finding.location.file.isEmpty && !finding.message.isEmpty, "finding without a file or message: \(finding)")
    }
    return 0
}
