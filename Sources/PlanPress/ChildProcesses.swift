import DataFiles
import Dispatch
import Foundation

/// Runs commands as child processes, a few at a time. Rendering in separate processes scales across
/// cores where threads do not: Cairo and fontconfig serialize their font work behind process-wide locks.
public enum ChildProcesses {
    public struct Result: Sendable {
        public let arguments: [String]
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs `executable` once per argument list, `workers` at a time; `onFinish` is called as each ends.
    /// - Parameter weights: how much work each run is, when known: the heaviest start first, so that the
    ///   workers finish together.
    /// - Parameter lastArgumentLists: what each run is given instead when it is one of the last `workers` to
    ///   start: these end last, and as the workers find nothing left to start and leave their cores idle, a
    ///   run that may use more threads (`-j`) takes them up.
    public static func run(_ executable: String, _ argumentLists: [[String]], workers: Int, weights: [Int]? = nil,
                           lastArgumentLists: [[String]]? = nil,
                           onFinish: @escaping @Sendable (Int, Result) -> Void = { _, _ in }) -> [Result] {
        let results = WorkerResults<(Int, Result)>()
        let queue = BatchState(total: 0, order: BatchState.heaviestFirst(weights ?? argumentLists.map { _ in 0 }))
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, argumentLists.count))) { _ in
            while let (index, left) = queue.nextIndexAndLeft() {
                let last = left < workers
                let result = runOne(executable, last ? (lastArgumentLists?[index] ?? argumentLists[index]) : argumentLists[index])
                results.append((index, result))
                onFinish(index, result)
            }
        }
        return results.all.sorted { $0.0 < $1.0 }.map(\.1)
    }

    public static func runOne(_ executable: String, _ arguments: [String]) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("planpress-child-\(UUID().uuidString).out")
        let errURL = directory.appendingPathComponent("planpress-child-\(UUID().uuidString).err")
        _ = PlainFile.write([], to: outURL.path)
        _ = PlainFile.write([], to: errURL.path)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        do {
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try? out.close(); try? err.close()
        } catch {
            return Result(arguments: arguments, status: 127, stdout: "", stderr: "cannot run \(executable): \(error)")
        }
        return Result(arguments: arguments, status: process.terminationStatus,
                      stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// This program's own executable, for running parts of a job in child processes.
    public static var currentExecutable: String? {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first
        return path.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }
}
