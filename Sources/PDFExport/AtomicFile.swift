import Foundation

/// Writes a file so that readers only ever see the old complete file or the new complete file.
public enum AtomicFile {
    /// Calls `produce` with a temporary path in the target's folder, then renames it onto `path`.
    /// On any error the temporary file is removed and `path` is left as it was.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PDFExportError("the output folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).partial").path
        do {
            try produce(temporary)
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw PDFExportError("cannot move the finished file into place at \(path): \(reason)")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
