import Foundation
import TestSupport

/// Output folders that cannot take the PDF: a file in the way, a folder in the way, a read-only folder,
/// a full disk. Each must stop with an error, leave the previous PDF byte for byte, and leave no
/// temporary file behind.
enum OutputCases {
    static let announcement = ["render", "announcement"]

    /// Renders the announcement once, so that the case has a previous PDF to keep.
    static func previousPDF(_ h: CaseHome) throws -> Data {
        let result = try Workspace.planpress(["render", "announcement", "--out", "out"], home: h.url)
        guard result.status == 0 else { throw TestSetupError("the first render failed: \(result.stderr)") }
        return try Data(contentsOf: h.outURL.appendingPathComponent("announcement.pdf"))
    }

    /// The previous PDF is unchanged and nothing else (no `.partial` file) is in the output folder.
    static func keeps(_ previous: Data) -> (CaseHome, Shell.Result) throws -> Void {
        { h, r in
            let now = try Data(contentsOf: h.outURL.appendingPathComponent("announcement.pdf"))
            guard now == previous else { throw TestSetupError("the previous announcement.pdf changed") }
            try PDFChecks.outputHolds(only: ["announcement.pdf"])(h, r)
        }
    }

    static var all: [CorpusCase] {
        [
            CorpusCase(.output, "output-folder-is-a-file", announcement) { h in
                try h.write("out", "not a folder")
                return .error("out", line: nil, "cannot create the output folder")
            },
            CorpusCase(.output, "folder-where-the-pdf-goes", announcement) { h in
                try FileManager.default.createDirectory(at: h.outURL.appendingPathComponent("announcement.pdf/keep"), withIntermediateDirectories: true)
                return .error("announcement.pdf", line: nil, "a folder of that name is in the way", check: { h, r in
                    try PDFChecks.outputHolds(only: ["announcement.pdf", "announcement.pdf/keep"])(h, r)
                })
            },
            CorpusCase(.output, "read-only-output-folder", announcement, runner: .unprivileged) { h in
                let previous = try previousPDF(h)
                chmod(h.outURL.path, 0o555)
                return .error("announcement.pdf", line: nil, "Permission denied", check: keeps(previous))
            },
            CorpusCase(.output, "disk-full", announcement, runner: .fileSizeLimit(kilobytes: 8)) { h in
                // Files may not grow past 8 KB: Cairo's writes fail as on a full disk.
                let previous = try previousPDF(h)
                return .error("announcement.pdf", line: nil, "came out incomplete", "is the disk full?", check: keeps(previous))
            },
            CorpusCase(.output, "bad-input-keeps-previous-pdf", announcement) { h in
                let previous = try previousPDF(h)
                let line = try h.edit("\(h.planPath)/plan.yaml", "  date: 2565-09-27", "  date: 2565-13-27")
                return .error("plan.yaml", line: line, "there is no month 13", check: keeps(previous))
            },
            CorpusCase(.output, "missing-output-folders-are-made", ["render", "announcement", "--out", "a/b/c"]) { _ in
                .success("announcement.pdf", check: { h, _ in
                    guard PDFText.isComplete(h.path("a/b/c/announcement.pdf")) else { throw TestSetupError("no PDF in a/b/c") }
                })
            },
            CorpusCase(.output, "stale-partials-cleaned", announcement) { h in
                // Left by renders that were killed: a process id that no longer runs, and one that does (ours).
                try FileManager.default.createDirectory(at: h.outURL, withIntermediateDirectories: true)
                let dead = ".announcement.pdf.\(DeadProcess.id()).12345.partial"
                let alive = ".announcement.pdf.1.777.partial"            // pid 1 always runs
                let other = ".budget-table.pdf.\(DeadProcess.id()).1.partial" // another target's: not this render's business
                for name in [dead, alive, other] { try h.write("out/\(name)", "%PDF-1.5 partial") }
                return .success("announcement.pdf", check: { h, r in
                    try PDFChecks.outputHolds(only: ["announcement.pdf", alive, other])(h, r)
                })
            },
        ]
    }
}
