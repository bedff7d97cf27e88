import Foundation

/// Writes a file so that readers only ever see the old complete file or the new complete file.
///
/// The new file is written beside its target as `.<name>.<pid>.<random>.partial`, flushed to the disk and
/// renamed onto the target (an atomic replacement on one file system). A render that fails removes its
/// temporary file; one that is killed cannot, so the next successful write of the same target removes the
/// `.partial` files of that target whose process no longer runs.
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
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
        // Made here first (and only here: O_EXCL), so that a folder PlanPress may not write into is
        // reported as such rather than as a failure of the PDF library.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw PDFExportError("cannot write into the output folder \(folder.path) (for \(url.lastPathComponent)): \(reason)")
        }
        close(fd)
        let isPDF = url.pathExtension.lowercased() == "pdf"
        do {
            do {
                try produce(temporary)
            } catch {
                // A full disk (or a file size limit) cuts the file short; whatever failed on it then, say so.
                if isPDF, !endsLikePDF(temporary) {
                    throw PDFExportError("writing \(url.lastPathComponent) into \(folder.path) failed: the file came out incomplete — is the disk full? (\(error))")
                }
                throw error
            }
            // Cairo does not report a failure of its last writes, so a PDF cut short by a full disk would
            // otherwise replace a good one: a PDF must end with its %%EOF marker.
            if isPDF, !endsLikePDF(temporary) {
                throw PDFExportError("writing \(url.lastPathComponent) into \(folder.path) failed: the file came out incomplete (no %%EOF at its end) — is the disk full?")
            }
            try flush(temporary)
            guard rename(temporary, path) == 0 else {
                let reason = errno
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
                    throw PDFExportError("cannot write \(path): a folder of that name is in the way; move or rename it")
                }
                throw PDFExportError("cannot move the finished file into place at \(path): \(String(cString: strerror(reason)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        flushFolder(folder.path)
        removeStalePartials(of: url.lastPathComponent, in: folder.path)
    }

    /// Whether a file starts like a PDF (`%PDF-`) and ends with the `%%EOF` marker (white space after it allowed).
    static func endsLikePDF(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 5), head == Data("%PDF-".utf8),
              let size = try? handle.seekToEnd(), size >= 5 else { return false }
        let tailLength = min(size, 64)
        guard (try? handle.seek(toOffset: size - tailLength)) != nil, let tail = try? handle.readToEnd() else { return false }
        var end = tail.endIndex
        while end > tail.startIndex, [0x0A, 0x0D, 0x20, 0x09].contains(tail[tail.index(before: end)]) { end = tail.index(before: end) }
        return tail[tail.startIndex..<end].suffix(5) == Data("%%EOF".utf8)
    }

    /// `.<name>.<pid>.<random>.partial`: hidden, beside the target, naming the process that writes it.
    static func temporaryName(for name: String) -> String {
        ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).partial"
    }

    /// Removes the temporary files of the target `name` in `folder` that a process which no longer runs
    /// left behind (a render killed midway). A temporary file of a process that still runs — another
    /// render writing the same target right now — is left alone.
    public static func removeStalePartials(of name: String, in folder: String) {
        let prefix = "." + name + "."
        let suffix = ".partial"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) && entry.count > prefix.count + suffix.count {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
            guard middle.count == 2, let pid = pid_t(middle[0]), pid > 0, UInt32(middle[1]) != nil else { continue }
            if pid == getpid() || isRunning(pid) { continue }
            unlink(folder + "/" + entry)
        }
    }

    /// Whether a process of this id exists (one we may not signal exists too).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Flushes the finished file to the disk before it replaces the old one, so that a crash of the
    /// machine right after the rename cannot leave an empty file where a good one was.
    private static func flush(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw PDFExportError("cannot reopen the finished file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        guard fsync(fd) == 0 || errno == EINVAL || errno == EROFS else {
            throw PDFExportError("cannot write \(path) to the disk: \(String(cString: strerror(errno)))")
        }
    }

    /// Makes the rename itself durable (best effort: some file systems cannot sync a folder).
    private static func flushFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
