import Foundation

/// Broken progress records: CSV as spreadsheets save it (and as they mangle it), and YAML records.
/// A case adds `progress/2566-6m/zz-robust.csv` (or `.yaml`) to the round and checks the round.
enum ProgressCases {
    static let check = ["progress", "check", "--fy", "2566", "--round", "6m"]
    static let csv = "progress/2566-6m/zz-robust.csv"
    static let header = "project,status,budget_approved,budget_disbursed,start_date,end_date,outputs,photo_1,caption_1,division\r\n"
    /// A good record of a project no example file reports (44, the office of the clerk's).
    static let good = "44,completed,50000,45000,2565-11-01,2565-11-30,รายงานผล ๑ ฉบับ,,,office-of-the-clerk\r\n"

    static func path(_ h: CaseHome, _ relative: String = csv) -> String { "\(h.planPath)/\(relative)" }

    static var all: [CorpusCase] {
        [
            CorpusCase(.progress, "csv-good-record", check) { h in
                try h.write(path(h), header + good)
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-unclosed-quote", check) { h in
                try h.write(path(h), header + "44,completed,50000,45000,2565-11-01,2565-11-30,\"รายงานผล ๑ ฉบับ,,,office-of-the-clerk\r\n")
                return .error(csv, line: 2, "a quoted field opened here never closes")
            },
            CorpusCase(.progress, "csv-text-after-closing-quote", check) { h in
                try h.write(path(h), header + "44,completed,50000,45000,2565-11-01,2565-11-30,\"รายงานผล\" ๑ ฉบับ,,,office-of-the-clerk\r\n")
                return .error(csv, line: 2, "text after the closing quote")
            },
            CorpusCase(.progress, "csv-semicolons", check) { h in
                try h.write(path(h), header.replacingOccurrences(of: ",", with: ";") + good.replacingOccurrences(of: ",", with: ";"))
                return .error(csv, line: 1, "separated by semicolons")
            },
            CorpusCase(.progress, "csv-utf16-unicode-text", check) { h in
                var data = Data([0xFF, 0xFE])
                data.append((header + good).data(using: .utf16LittleEndian)!)
                try h.write(path(h), data)
                return .error(csv, line: 1, "UTF-16")
            },
            CorpusCase(.progress, "csv-windows-874", check) { h in
                // Thai Excel's plain "CSV": valid.
                try h.write(path(h), Data(Windows874Encoder.encode(header + good)))
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-undefined-byte", check) { h in
                var bytes = Windows874Encoder.encode(header + good)
                let at = bytes.firstIndex(of: 0xC3)!    // the first ร of รายงานผล
                bytes[at] = 0xDB
                try h.write(path(h), Data(bytes))
                return .error(csv, line: 2, "byte 0xDB is neither UTF-8 nor Windows-874")
            },
            CorpusCase(.progress, "csv-xlsx-renamed", check) { h in
                var data = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
                var generator = SeededBytes(seed: 3)
                data.append(contentsOf: generator.bytes(3000))
                try h.write(path(h), data)
                return .error(csv, line: 1, "Excel workbook")
            },
            CorpusCase(.progress, "csv-binary-junk", check) { h in
                var generator = SeededBytes(seed: 5)
                try h.write(path(h), Data(generator.bytes(5000).map { $0 & 0x0F == 0 ? 0 : $0 }))
                return .error(csv, line: 1, "binary data")
            },
            CorpusCase(.progress, "csv-nul-in-cell", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "รายงานผล", with: "รายงาน\u{0}ผล"))
                return .error(csv, line: 2, "control character U+0000")
            },
            CorpusCase(.progress, "csv-control-character-in-quoted-cell", check) { h in
                try h.write(path(h), header + "44,completed,50000,45000,2565-11-01,2565-11-30,\"รายงาน\u{7}ผล\",,,office-of-the-clerk\r\n")
                return .error(csv, line: 2, "control character U+0007")
            },
            CorpusCase(.progress, "csv-unknown-column", check) { h in
                try h.write(path(h), header.replacingOccurrences(of: "outputs", with: "outptus") + good)
                return .error(csv, line: 1, "unknown column 'outptus'")
            },
            CorpusCase(.progress, "csv-repeated-column", check) { h in
                try h.write(path(h), header.replacingOccurrences(of: "outputs", with: "status") + good)
                return .error(csv, line: 1, "repeats status")
            },
            CorpusCase(.progress, "csv-missing-status-column", check) { h in
                try h.write(path(h), "project,outputs\r\n44,รายงาน\r\n")
                return .error(csv, line: 1, "no column 'สถานะ' (status)")
            },
            CorpusCase(.progress, "csv-bad-amount", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: ",45000,", with: ",๔๕๐๐๐ บาทถ้วน,"))
                return .error(csv, line: 2, "budget_disbursed", "as an amount of money")
            },
            CorpusCase(.progress, "csv-10e15-baht", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: ",50000,45000,", with: ",\"1,000,000,000,000,000.00\",1000000000000000,"))
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-amount-beyond-int64", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: ",45000,", with: ",99999999999999999999999,"))
                return .error(csv, line: 2, "too large")
            },
            CorpusCase(.progress, "csv-date-does-not-exist", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "2565-11-30", with: "31/02/2566"))
                return .error(csv, line: 2, "day 31 does not exist")
            },
            CorpusCase(.progress, "csv-date-outside-round", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "2565-11-30", with: "2566-05-01"))
                return .error(csv, line: 2, "outside รอบ ๖ เดือน")
            },
            CorpusCase(.progress, "csv-unknown-project", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "44,completed", with: "999,completed"))
                return .error(csv, line: 2, "unknown project 999")
            },
            CorpusCase(.progress, "csv-project-number-overflow", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "44,completed", with: "99999999999999999999999999,completed"))
                return .error(csv, line: 2, "is not a project number")
            },
            CorpusCase(.progress, "csv-duplicate-record", check) { h in
                try h.write(path(h), header + good + good)
                return .error(csv, line: 3, "already has a record")
            },
            CorpusCase(.progress, "csv-photo-dot-dot", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: ",,,office", with: ",../../../etc/hostname,รูป,office"))
                return .error(csv, line: 2, "leads outside the plan folder")
            },
            CorpusCase(.progress, "csv-photo-absolute", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: ",,,office", with: ",/etc/hostname,รูป,office"))
                return .error(csv, line: 2, "not an absolute path")
            },
            CorpusCase(.progress, "csv-photo-symlink-out", check) { h in
                try h.writePNG("outside.png")
                try h.symlink("\(h.planPath)/progress/photos/link.png", to: h.path("outside.png"))
                try h.write(path(h), header + good.replacingOccurrences(of: ",,,office", with: ",progress/photos/link.png,รูป,office"))
                return .error(csv, line: 2, "leads outside the plan folder")
            },
            CorpusCase(.progress, "csv-photo-not-png", check) { h in
                try h.write("\(h.planPath)/progress/photos/fake.png", Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data("JFIF".utf8) + Data(count: 200))
                try h.write(path(h), header + good.replacingOccurrences(of: ",,,office", with: ",progress/photos/fake.png,รูป,office"))
                return .error(csv, line: 2, "is not a PNG image")
            },
            CorpusCase(.progress, "csv-photo-named-pipe", check) { h in
                try h.makeFIFO("\(h.planPath)/progress/photos/pipe.png")
                try h.write(path(h), header + good.replacingOccurrences(of: ",,,office", with: ",progress/photos/pipe.png,รูป,office"))
                return .error(csv, line: 2, "not a regular file")
            },
            CorpusCase(.progress, "csv-megabyte-cell", check) { h in
                let long = String(repeating: "ผลการดำเนินงาน ", count: 70_000)
                try h.write(path(h), header + good.replacingOccurrences(of: "รายงานผล ๑ ฉบับ", with: "\"\(long)\""))
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-ten-thousand-empty-columns", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "\r\n", with: String(repeating: ",", count: 10_000) + "\r\n"))
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-value-beyond-header", check) { h in
                try h.write(path(h), header + good.replacingOccurrences(of: "\r\n", with: ",extra\r\n"))
                return .error(csv, line: 2, "a value beyond the last column")
            },
            CorpusCase(.progress, "csv-cr-line-ends", check) { h in
                try h.write(path(h), (header + good).replacingOccurrences(of: "\r\n", with: "\r"))
                return .success("0 errors")
            },
            CorpusCase(.progress, "csv-named-pipe", check) { h in
                try h.makeFIFO(path(h))
                return .error(csv, line: nil, "not a regular file")
            },
            CorpusCase(.progress, "csv-unreadable", check, runner: .unprivileged) { h in
                try h.write(path(h), header + good)
                h.makeUnreadable(path(h))
                return .error(csv, line: nil, "cannot read the file")
            },
            CorpusCase(.progress, "csv-larger-than-32-megabytes", check) { h in
                try h.write(path(h), header + good)
                truncate(h.path(path(h)), 40 << 20)
                return .error(csv, line: nil, "at most 32 MB")
            },
            CorpusCase(.progress, "csv-example-and-real-rows", check) { h in
                try h.write(path(h), "example," + header + "yes," + good + "," + good.replacingOccurrences(of: "44,", with: "43,"))
                return .error(csv, line: 3, "not marked as example data")
            },
            CorpusCase(.progress, "yaml-alias-bomb", check) { h in
                let text = "records:\n  - project: 44\n    status: completed\n" + AliasBomb.text(key: "x_bomb", anchor: "r")
                try h.write(path(h, "progress/2566-6m/zz-robust.yaml"), text)
                return .error("progress/2566-6m/zz-robust.yaml", line: 6, "anchors and aliases")
            },
            CorpusCase(.progress, "yaml-duplicate-key", check) { h in
                try h.write(path(h, "progress/2566-6m/zz-robust.yaml"), "records:\n  - project: 44\n    status: completed\n    status: cancelled\n")
                return .error("progress/2566-6m/zz-robust.yaml", line: 3, "duplicate key 'status'")
            },
            CorpusCase(.progress, "yaml-records-not-a-list", check) { h in
                try h.write(path(h, "progress/2566-6m/zz-robust.yaml"), "records:\n  project: 44\n  status: completed\n")
                return .error("progress/2566-6m/zz-robust.yaml", line: 2, "'records' must be a list")
            },
            CorpusCase(.progress, "yaml-unknown-field", check) { h in
                try h.write(path(h, "progress/2566-6m/zz-robust.yaml"), "records:\n  - project: 44\n    status: completed\n    colour: red\n")
                return .error("progress/2566-6m/zz-robust.yaml", line: 4, "unknown field")
            },
        ]
    }
}
