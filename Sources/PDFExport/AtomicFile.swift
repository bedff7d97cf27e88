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
    /// - Parameter commits: where a finished file is handed for its flush and rename (on a thread of its
    ///   own, while the caller goes on); nil: both are done here, before the call returns.
    /// - Returns: the finished file's size in bytes.
    @discardableResult
    public static func write(to path: String, commits: FileCommits? = nil, _ produce: (String) throws -> Void) throws -> Int {
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
        var finished = stat()
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
            guard stat(temporary, &finished) == 0 else {
                throw PDFExportError("cannot read the finished file \(temporary): \(String(cString: strerror(errno)))")
            }
            if let commits {
                commits.add(temporary, as: path, folder: folder.path, name: url.lastPathComponent)
                return Int(finished.st_size)
            }
            try commit(temporary, as: path)
        } catch {
            unlink(temporary)
            throw error
        }
        flushFolder(folder.path)
        removeStalePartials(of: [url.lastPathComponent], in: folder.path)
        return Int(finished.st_size)
    }

    /// Flushes a finished temporary file to the disk and renames it onto `path`.
    static func commit(_ temporary: String, as path: String) throws {
        try flush(temporary)
        guard rename(temporary, path) == 0 else {
            let reason = errno
            var target = stat()
            if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
                throw PDFExportError("cannot write \(path): a folder of that name is in the way; move or rename it")
            }
            throw PDFExportError("cannot move the finished file into place at \(path): \(String(cString: strerror(reason)))")
        }
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

    /// Removes the temporary files of the targets `names` in `folder` that a process which no longer runs
    /// left behind (a render killed midway). A temporary file of a process that still runs — another
    /// render writing the same target right now — is left alone.
    public static func removeStalePartials(of names: Set<String>, in folder: String) {
        let suffix = ".partial"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(suffix) {
            // `.<name>.<pid>.<random>.partial`: the name may hold dots, the two numbers before the suffix do not.
            let parts = entry.dropFirst().dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]), pid > 0, UInt32(parts[parts.count - 1]) != nil,
                  names.contains(parts.dropLast(2).joined(separator: ".")) else { continue }
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
    static func flush(_ path: String) throws {
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
    static func flushFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
