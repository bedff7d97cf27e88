import Foundation

/// Shared by the test targets (TestSupport). Runs a program and collects what it printed and its exit status (with a time limit when asked).
public enum Shell {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Set when a run was stopped because it took longer than its time limit.
    public struct TimedOut: Error, CustomStringConvertible {
        public let seconds: Double
        public var description: String { "still running after \(seconds) s: killed (a hang)" }
    }

    /// The layout cache (`PLANPRESS_LAYOUT_CACHE`) of the programs this test process runs.
    public static let layoutCache = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-test-layouts-\(getpid())").path

    /// Runs a program; with `timeout`, a program still running after that many seconds is killed and
    /// `TimedOut` thrown.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: String? = nil, timeout: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // The runs of one test process share a layout cache of their own, not the user's.
        if env["PLANPRESS_LAYOUT_CACHE"] == nil { env["PLANPRESS_LAYOUT_CACHE"] = layoutCache }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        // Output goes to files, so that a large output can never block the child on a full pipe.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("planpress-test-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("planpress-test-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                try? out.close(); try? err.close()
                throw TimedOut(seconds: timeout)
            }
        }
        process.waitUntilExit()
        try out.close(); try err.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A process id that is not running (a child that has exited and been reaped).
public enum DeadProcess {
    public static func id() -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try? process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
