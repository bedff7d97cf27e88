import Foundation

/// The files a render reads — the plan folder, the layouts, the fonts — as they were at one moment
/// (each file's size and modification time), to tell when a user has saved a change.
public struct WatchedFiles: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let size: Int
        let modified: Double
    }
    private var stamps: [String: Stamp] = [:]

    /// Looks at every regular file under `folders` (a folder that does not exist holds none), but for
    /// those under `excluded` (where the PDFs go, should that be inside a watched folder) and PDFs.
    public init(folders: [String], excluding excluded: String? = nil) {
        let manager = FileManager.default
        let skip = excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        for folder in folders {
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = folder + "/" + relative
                if relative.hasSuffix(".pdf") || relative.hasSuffix(".partial") { continue }
                if let skip, URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(skip) { continue }
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                stamps[path] = Stamp(size: (attributes[.size] as? Int) ?? 0,
                                     modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            }
        }
    }

    /// The files added, removed or changed between `self` and `later`, sorted.
    public func changes(to later: WatchedFiles) -> [String] {
        let paths = Set(stamps.keys).union(later.stamps.keys)
        return paths.filter { stamps[$0] != later.stamps[$0] }.sorted()
    }

    /// Whether any file under `folder` changed between `self` and `later`.
    public func changed(under folder: String, to later: WatchedFiles) -> Bool {
        changes(to: later).contains { $0.hasPrefix(folder + "/") }
    }
}
