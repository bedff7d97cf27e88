import Foundation
import DataFiles
import Typesetting

/// Where PlanPress finds its layouts, fonts and embedded plans: the folder holding `Layouts/` and
/// `Plans/` (the repository). `PLANPRESS_HOME` names it; otherwise it is searched for upward from
/// the current folder and from the executable's folder.
public struct ProjectHome: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public static func locate() throws -> ProjectHome {
        if let env = ProcessInfo.processInfo.environment["PLANPRESS_HOME"], !env.isEmpty {
            guard isHome(env) else {
                throw PlanPressError.usage("PLANPRESS_HOME=\(env) does not hold Layouts/ and Plans/")
            }
            return ProjectHome(root: env)
        }
        let starts = [FileManager.default.currentDirectoryPath,
                      URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent().path]
        for start in starts {
            var url = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                if isHome(url.path) { return ProjectHome(root: url.path) }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        throw PlanPressError.usage("cannot find PlanPress's Layouts/ and Plans/ folders; run from the PlanPress folder or set PLANPRESS_HOME")
    }

    static func isHome(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/Layouts", isDirectory: &d) && d.boolValue
            && FileManager.default.fileExists(atPath: path + "/Plans", isDirectory: &d) && d.boolValue
    }

    public var layoutsDirectory: String { root + "/Layouts" }
    public var fontsDirectory: String { root + "/Fonts" }
    public var plansDirectory: String { root + "/Plans" }
    public var outputDirectory: String { root + "/output" }

    /// The embedded default plan: the id named in `Plans/default-plan`.
    public func defaultPlanDirectory() throws -> String {
        let file = plansDirectory + "/default-plan"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw PlanPressError.usage("no default plan: \(file) is missing; give --plan")
        }
        return plansDirectory + "/" + text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func layoutPath(_ name: String) -> String { layoutsDirectory + "/" + name + ".yaml" }

    /// A layout file as messages name it.
    public static func layoutDisplayPath(_ name: String) -> String { "Layouts/" + name + ".yaml" }

    /// The layout file `name`, read and checked against `requirements`.
    public func loadLayout(_ name: String, _ requirements: LayoutRequirements) throws(Diagnostic) -> DocumentLayout {
        try DocumentLayout.load(path: layoutPath(name), displayPath: Self.layoutDisplayPath(name), requirements: requirements)
    }
}
