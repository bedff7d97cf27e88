import Foundation

/// Plan files that are not ordinary readable files: missing, folders, named pipes (which block a reader
/// forever), devices (which never end), dangling links, unreadable files and folders, huge files.
enum FileCases {
    static let announcement = ["render", "announcement"]

    static var all: [CorpusCase] {
        [
            CorpusCase(.files, "plan-yaml-missing", announcement) { h in
                try h.remove("\(h.planPath)/plan.yaml")
                return .error("plan.yaml", line: nil, "no such file")
            },
            CorpusCase(.files, "plan-yaml-is-a-folder", announcement) { h in
                try h.remove("\(h.planPath)/plan.yaml")
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/plan.yaml"), withIntermediateDirectories: true)
                return .error("plan.yaml", line: nil, "a folder, not a file")
            },
            CorpusCase(.files, "plan-yaml-named-pipe", announcement) { h in
                try h.makeFIFO("\(h.planPath)/plan.yaml")
                return .error("plan.yaml", line: nil, "not a regular file")
            },
            CorpusCase(.files, "plan-yaml-links-to-dev-zero", announcement) { h in
                try h.symlink("\(h.planPath)/plan.yaml", to: "/dev/zero")
                return .error("plan.yaml", line: nil, "not a regular file")
            },
            CorpusCase(.files, "plan-yaml-dangling-link", announcement) { h in
                try h.symlink("\(h.planPath)/plan.yaml", to: h.path("nowhere/plan.yaml"))
                return .error("plan.yaml", line: nil, "symbolic link to something that does not exist")
            },
            CorpusCase(.files, "plan-yaml-unreadable", announcement, runner: .unprivileged) { h in
                h.makeUnreadable("\(h.planPath)/plan.yaml")
                return .error("plan.yaml", line: nil, "cannot read the file (check its permissions)")
            },
            CorpusCase(.files, "plan-folder-unreadable", ["validate"], runner: .unprivileged) { h in
                h.makeUnreadable(h.planPath)
                return .error(h.planID, line: nil, "cannot read the plan folder")
            },
            CorpusCase(.files, "plan-option-names-a-file", ["validate", "--plan", "Layouts/announcement.yaml"]) { _ in
                .error("Layouts/announcement.yaml", line: nil, "no plan folder here")
            },
            CorpusCase(.files, "plan-yaml-40-megabytes", announcement) { h in
                truncate(h.path("\(h.planPath)/plan.yaml"), 40 << 20)
                return .error("plan.yaml", line: nil, "at most 32 MB")
            },
            CorpusCase(.files, "project-file-is-a-folder", announcement) { h in
                try h.remove("\(h.planPath)/projects/07.yaml")
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/projects/07.yaml"), withIntermediateDirectories: true)
                return .error("projects/07.yaml", line: nil, "a folder, not a file")
            },
            CorpusCase(.files, "project-file-named-pipe", announcement) { h in
                try h.makeFIFO("\(h.planPath)/projects/07.yaml")
                return .error("projects/07.yaml", line: nil, "not a regular file")
            },
            CorpusCase(.files, "project-file-unreadable", announcement, runner: .unprivileged) { h in
                h.makeUnreadable("\(h.planPath)/projects/07.yaml")
                return .error("projects/07.yaml", line: nil, "cannot read the file (check its permissions)")
            },
            CorpusCase(.files, "projects-is-a-file", announcement) { h in
                try h.remove("\(h.planPath)/projects")
                try h.write("\(h.planPath)/projects", "01.yaml")
                return .error("projects", line: nil, "'projects' is a file, not the folder")
            },
            CorpusCase(.files, "projects-folder-unreadable", announcement, runner: .unprivileged) { h in
                h.makeUnreadable("\(h.planPath)/projects")
                return .error("projects", line: nil, "cannot read the projects folder")
            },
            CorpusCase(.files, "project-saved-as-yaml-txt", announcement) { h in
                // What Windows Notepad does to "05.yaml" when extensions are hidden.
                try FileManager.default.moveItem(atPath: h.path("\(h.planPath)/projects/05.yaml"), toPath: h.path("\(h.planPath)/projects/05.yaml.txt"))
                return .error("projects/05.yaml.txt", line: nil, "rename it to 05.yaml")
            },
            CorpusCase(.files, "project-with-yml-extension", announcement) { h in
                try FileManager.default.moveItem(atPath: h.path("\(h.planPath)/projects/12.yaml"), toPath: h.path("\(h.planPath)/projects/12.YML"))
                return .error("projects/12.YML", line: nil, "rename it to 12.yaml")
            },
            CorpusCase(.files, "protected-names-named-pipe", announcement) { h in
                // The plan's word list (optional) as a pipe: reading it would wait for ever.
                try h.makeFIFO("\(h.planPath)/protected-names.txt")
                return .error("protected-names.txt", line: nil, "not a regular file")
            },
            CorpusCase(.files, "protected-names-windows-874", announcement) { h in
                // Names the user listed, saved in the wrong encoding: an error, not a list silently ignored.
                try h.write("\(h.planPath)/protected-names.txt", Data(Windows874Encoder.encode("องค์การบริหารส่วนจังหวัดนครพนม\n")))
                return .error("protected-names.txt", line: nil, "not valid UTF-8")
            },
            CorpusCase(.files, "editor-leftovers-ignored", announcement) { h in
                // Backup and lock files beside the projects are not projects.
                try h.write("\(h.planPath)/projects/.07.yaml.swp", Data([0, 1, 2, 3]))
                try h.write("\(h.planPath)/projects/07.yaml~", "junk: [")
                try h.write("\(h.planPath)/projects/notes.txt", "notes")
                return .success("announcement.pdf", check: PDFChecks.announcementRendered)
            },
        ]
    }
}
