import DataFiles
import Foundation

/// Files a dataset refers to (emblem, photographs): resolved inside the plan folder only.
public enum PlanFiles {
    /// Resolves `relative` against the plan folder and checks it is a readable file that stays inside
    /// the folder (no `..`, absolute path or symbolic link leading out of it).
    public static func resolve(_ relative: String, in plan: Plan, field: String, file: String = "plan.yaml") throws(Diagnostic) -> String {
        let location = plan.sourceMap.location(file: file, field: field)
        guard !relative.hasPrefix("/") else {
            throw .error(location, "'\(field)' must be a path inside the plan folder, not an absolute path: \(relative)")
        }
        let root = URL(fileURLWithPath: plan.directory).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: plan.directory + "/" + relative).resolvingSymlinksInPath().standardizedFileURL.path
        guard target.hasPrefix(root + "/") else {
            throw .error(location, "'\(field)' leads outside the plan folder (\(relative)); put the file inside \(plan.directory)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            throw .error(location, "'\(field)' names a file that does not exist: \(relative) (relative to \(plan.directory))")
        }
        guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: target) else {
            throw .error(location, "'\(field)' is not a readable file: \(relative)")
        }
        return target
    }
}
