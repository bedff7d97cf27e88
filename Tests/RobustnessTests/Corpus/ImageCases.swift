import Foundation

/// The emblem (`organization.emblem`) as a user may get it wrong: paths that leave the plan folder,
/// files that are not PNG images, images too large to decode, files that would block the reader.
enum ImageCases {
    static let announcement = ["render", "announcement"]

    static var all: [CorpusCase] {
        [
            CorpusCase(.image, "emblem-valid", announcement) { h in
                try h.writePNG("\(h.planPath)/images/garuda.png", width: 60, height: 80)
                try h.setEmblem("images/garuda.png")
                return .success("announcement.pdf", check: PDFChecks.announcementRendered)
            },
            CorpusCase(.image, "emblem-dot-dot", announcement) { h in
                let line = try h.setEmblem("../../Layouts/announcement.yaml")
                return .error("plan.yaml", line: line, "organization.emblem", "leads outside the plan folder")
            },
            CorpusCase(.image, "emblem-absolute-path", announcement) { h in
                let line = try h.setEmblem("/usr/share/pixmaps/debian-logo.png")
                return .error("plan.yaml", line: line, "organization.emblem", "not an absolute path")
            },
            CorpusCase(.image, "emblem-symlink-out", announcement) { h in
                try h.writePNG("elsewhere/garuda.png")
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/images"), withIntermediateDirectories: true)
                try h.symlink("\(h.planPath)/images/garuda.png", to: h.path("elsewhere/garuda.png"))
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "organization.emblem", "leads outside the plan folder")
            },
            CorpusCase(.image, "emblem-folder-symlink-out", announcement) { h in
                // The folder is the link: images/ → a folder outside the plan.
                try h.writePNG("elsewhere/garuda.png")
                try h.symlink("\(h.planPath)/images", to: h.path("elsewhere"))
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "leads outside the plan folder")
            },
            CorpusCase(.image, "emblem-missing", announcement) { h in
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "organization.emblem", "does not exist")
            },
            CorpusCase(.image, "emblem-windows-path", announcement) { h in
                try h.writePNG("\(h.planPath)/images/garuda.png")
                let line = try h.setEmblem("images\\garuda.png")
                return .error("plan.yaml", line: line, "does not exist", "separate folders with /")
            },
            CorpusCase(.image, "emblem-folder", announcement) { h in
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/images/garuda.png"), withIntermediateDirectories: true)
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "names a folder")
            },
            CorpusCase(.image, "emblem-jpeg", announcement) { h in
                try h.write("\(h.planPath)/images/garuda.png", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(count: 500))
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "images/garuda.png is not a PNG image")
            },
            CorpusCase(.image, "emblem-empty-file", announcement) { h in
                try h.write("\(h.planPath)/images/garuda.png", Data())
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "is not a PNG image")
            },
            CorpusCase(.image, "emblem-truncated-png", announcement) { h in
                try h.writePNG("\(h.planPath)/images/garuda.png", width: 200, height: 200)
                truncate(h.path("\(h.planPath)/images/garuda.png"), 2000)
                try h.setEmblem("images/garuda.png")
                return .error("images/garuda.png", line: nil, "cannot read PNG image")
            },
            CorpusCase(.image, "emblem-claims-ten-billion-pixels", announcement) { h in
                // A PNG header claiming 100000 × 100000 pixels (40 GB decoded) on a small file.
                try h.writePNG("\(h.planPath)/images/garuda.png", width: 4, height: 4)
                var data = try Data(contentsOf: URL(fileURLWithPath: h.path("\(h.planPath)/images/garuda.png")))
                let big: [UInt8] = [0x00, 0x01, 0x86, 0xA0]
                data.replaceSubrange(16..<20, with: big)
                data.replaceSubrange(20..<24, with: big)
                try h.write("\(h.planPath)/images/garuda.png", data)
                try h.setEmblem("images/garuda.png")
                return .error("images/garuda.png", line: nil, "100000×100000 pixels", "more than the limit")
            },
            CorpusCase(.image, "emblem-header-overflows-a-multiplication", announcement) { h in
                // 4294967295 × 4294967295: more than PNG allows, and a product that overflows 64 bits.
                try h.writePNG("\(h.planPath)/images/garuda.png", width: 4, height: 4)
                var data = try Data(contentsOf: URL(fileURLWithPath: h.path("\(h.planPath)/images/garuda.png")))
                data.replaceSubrange(16..<24, with: [UInt8](repeating: 0xFF, count: 8))
                try h.write("\(h.planPath)/images/garuda.png", data)
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "damaged PNG image", "4294967295×4294967295")
            },
            CorpusCase(.image, "emblem-over-configured-limit", announcement + ["--max-image-pixels", "1000"]) { h in
                try h.writePNG("\(h.planPath)/images/garuda.png", width: 60, height: 80)
                try h.setEmblem("images/garuda.png")
                return .error("images/garuda.png", line: nil, "60×80 pixels", "limit of 1000 pixels")
            },
            CorpusCase(.image, "emblem-named-pipe", announcement) { h in
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/images"), withIntermediateDirectories: true)
                try h.makeFIFO("\(h.planPath)/images/garuda.png")
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "not a regular file")
            },
            CorpusCase(.image, "emblem-device-inside-plan", announcement) { h in
                try FileManager.default.createDirectory(atPath: h.path("\(h.planPath)/images"), withIntermediateDirectories: true)
                try h.symlink("\(h.planPath)/images/garuda.png", to: "/dev/zero")
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "leads outside the plan folder")
            },
            CorpusCase(.image, "emblem-unreadable", announcement, runner: .unprivileged) { h in
                try h.writePNG("\(h.planPath)/images/garuda.png")
                h.makeUnreadable("\(h.planPath)/images/garuda.png")
                try FileManager.default.createDirectory(at: h.outURL, withIntermediateDirectories: true)
                chmod(h.outURL.path, 0o777)
                let line = try h.setEmblem("images/garuda.png")
                return .error("plan.yaml", line: line, "not a readable file")
            },
        ]
    }
}
