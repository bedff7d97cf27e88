import DataFiles
import Foundation

/// Files a dataset refers to (emblem, photographs): PNG images inside the plan folder only.
public enum PlanFiles {
    /// Resolves `relative` against the plan folder and checks it is a readable regular file that stays
    /// inside the folder (no `..`, absolute path or symbolic link leading out of it) and is a PNG image.
    /// A folder, a device or a named pipe (which would block the reader forever) is refused.
    public static func resolve(_ relative: String, in plan: Plan, field: String, file: String = "plan.yaml") throws(Diagnostic) -> String {
        let location = plan.sourceMap.location(file: file, field: field)
        guard !relative.hasPrefix("/") else {
            throw .error(location, "'\(field)' must be a path inside the plan folder, not an absolute path: \(relative)")
        }
        let root = URL(fileURLWithPath: plan.directory).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: plan.directory + "/" + relative).resolvingSymlinksInPath().standardizedFileURL.path
        guard target.hasPrefix(root + "/") else {
            if target == root {
                throw .error(location, "'\(field)' names the plan folder itself (\(relative)); give the path of an image file in it")
            }
            throw .error(location, "'\(field)' leads outside the plan folder (\(relative)); put the file inside \(plan.directory)")
        }
        var info = stat()
        guard stat(target, &info) == 0 else {
            let hint = relative.contains("\\") ? "; separate folders with / (images/emblem.png), not \\" : ""
            throw .error(location, "'\(field)' names a file that does not exist: \(relative) (relative to \(plan.directory))\(hint)")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .error(location, "'\(field)' names a folder, not an image file: \(relative)")
        default: throw .error(location, "'\(field)' is not a regular file (a device, pipe or socket): \(relative)")
        }
        // O_NONBLOCK: a file swapped for a pipe after the check above still cannot make the open wait.
        let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw .error(location, "'\(field)' is not a readable file: \(relative) (check its permissions)")
        }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 24)
        let count = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, 24) }
        guard count >= 8, header[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw .error(location, "'\(field)': \(relative) is not a PNG image; save or convert it to PNG (PlanPress embeds PNG images)")
        }
        // The header chunk: width and height are 1 … 2^31 − 1 (PNG's own limit); anything else is a damaged
        // file, and a reader multiplying them could overflow.
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        guard count == 24, header[12..<16] == [0x49, 0x48, 0x44, 0x52], (1...0x7FFF_FFFF).contains(width), (1...0x7FFF_FFFF).contains(height) else {
            throw .error(location, "'\(field)': \(relative) is a damaged PNG image (its header is cut short or gives \(width)×\(height) pixels); save it again as PNG")
        }
        return target
    }
}
