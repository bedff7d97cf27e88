import Foundation
import TestSupport
import XCTest

/// The repository, the built `planpress` binary, and scratch copies of the project home that a case may
/// break at will (a layout, the plan) without touching the real files.
enum Workspace {
    static let root: URL = Repository.root

    /// The `planpress` executable SwiftPM built next to the test bundle (`PLANPRESS_BINARY` overrides it).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["PLANPRESS_BINARY"], !path.isEmpty { return path }
        // The test bundle (…/debug/PlanPressPackageTests.xctest) sits beside the binary; depending on the
        // platform its URL is the bundle or the folder holding it.
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent(), bundle, Bundle.main.bundleURL.deletingLastPathComponent(),
                          Bundle.main.bundleURL, root.appendingPathComponent(".build/debug")]
        let dir = candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("planpress").path) }
            ?? root.appendingPathComponent(".build/debug")
        return dir.appendingPathComponent("planpress").path
    }

    static var defaultPlanID: String { Repository.defaultPlanID }

    /// Where scratch homes go: a folder every user may read, so that a case run as `nobody` can read it.
    static var scratchRoot: URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-robustness")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o1777)
        return dir
    }

    /// A fresh copy of Layouts/ and the default plan in `dir` (a new temporary folder when nil), with Fonts/ linked.
    static func makeHome(_ name: String, in dir: URL? = nil) throws -> URL {
        let home = dir ?? scratchRoot.appendingPathComponent("\(name.filter { $0.isLetter || $0.isNumber || $0 == "-" })-\(UUID().uuidString.prefix(8))")
        try Repository.copyHome(to: home)
        return home
    }

    /// Runs `planpress` with PLANPRESS_HOME set to `home`, in `home`.
    @discardableResult
    static func planpress(_ arguments: [String], home: URL, runner: Runner = .normal, timeout: Double? = nil) throws -> Shell.Result {
        let (executable, args) = runner.command(binary, arguments)
        return try Shell.run(executable, args, environment: ["PLANPRESS_HOME": home.path], currentDirectory: home.path, timeout: timeout)
    }

    private final class Marker {}
}

/// How a case runs the binary: as is; as a user without privileges (so that file permissions apply
/// even when the tests run as root); or with a limit on the size of the files it writes (a full disk).
enum Runner: Equatable {
    case normal
    case unprivileged
    /// Files may grow to this many kilobytes; writing more fails with EFBIG (SIGXFSZ is ignored).
    case fileSizeLimit(kilobytes: Int)

    static var isRoot: Bool { getuid() == 0 }

    /// `setpriv` drops root to `nobody` for `.unprivileged`; nil when that is impossible here.
    static var setpriv: String? {
        ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether this machine can run the case as intended.
    var isAvailable: Bool {
        switch self {
        case .normal, .fileSizeLimit: return true
        case .unprivileged: return !Runner.isRoot || Runner.setpriv != nil
        }
    }

    func command(_ binary: String, _ arguments: [String]) -> (String, [String]) {
        switch self {
        case .normal:
            return (binary, arguments)
        case .unprivileged:
            guard Runner.isRoot, let setpriv = Runner.setpriv else { return (binary, arguments) }
            return (setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary] + arguments)
        case let .fileSizeLimit(kilobytes):
            // 512-byte blocks for ulimit -f; SIGXFSZ ignored so that the write fails with EFBIG instead.
            let script = "trap '' XFSZ; ulimit -f \(kilobytes * 2); exec \"$0\" \"$@\""
            return ("/bin/sh", ["-c", script, binary] + arguments)
        }
    }

    /// The runner as the corpus script names it.
    var scriptName: String {
        switch self {
        case .normal: return "normal"
        case .unprivileged: return "unprivileged"
        case let .fileSizeLimit(kilobytes): return "filesize:\(kilobytes)"
        }
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
