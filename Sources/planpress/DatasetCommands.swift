import ArgumentParser
import DataFiles
import Foundation
import PlanModel
import PlanPress

/// `planpress validate`: load a plan dataset, check it, and list every finding.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan dataset.",
        discussion: """
        Loads the plan (every file must fit the format, Plans/FORMAT.md) and checks what the format alone cannot:
        numbering and references, the figures the text states, periods and budget years, amounts, text hygiene,
        project kinds and errata. Prints each finding as file:line:column: error|warning: message, then a
        summary line. Exit status 1 when there is any error, 0 otherwise (warnings allowed).
        """)

    @OptionGroup var options: PlanOptions

    func run() throws {
        try options.rejectOut(for: "validate")
        let (directory, shown) = try options.planDirectory()
        let plan: Plan
        do {
            plan = try PlanLoader.load(directory: directory, displayDirectory: shown)
        } catch {
            print(error.description)
            print("the plan could not be loaded, so it was not checked further: 1 error; fix it and run planpress validate again")
            throw PlanPressError.failed("1 error in \(shown)")
        }
        let findings = PlanValidator.validate(plan)
        for finding in findings { print(finding.description) }
        let summary = ValidationSummary(plan: plan, findings: findings)
        print(summary.description)
        if summary.errors > 0 {
            throw PlanPressError.failed("\(summary.errors) error\(summary.errors == 1 ? "" : "s") in \(shown)")
        }
    }
}

/// `planpress errata`: the corrections of the source recorded in a dataset, for the plan's owners to review.
struct ErrataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errata",
        abstract: "List the corrections recorded in a plan dataset.",
        discussion: """
        Every erratum (where the dataset departs from the source text, and why), grouped by file, with a count at
        the end. --format tsv gives one row per erratum for a spreadsheet; --format markdown a table per file.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, tsv
    }

    @OptionGroup var options: PlanOptions

    @Option(name: .long, help: "text (default), markdown or tsv.")
    var format: Format = .text

    func run() throws {
        try options.rejectOut(for: "errata")
        let (directory, shown) = try options.planDirectory()
        let plan: Plan
        do {
            plan = try PlanLoader.load(directory: directory, displayDirectory: shown)
        } catch {
            throw PlanPressError.badInput([error])
        }
        let entries = plan.errataEntries
        switch format {
        case .text: print(ErrataTable.text(entries, planDirectory: shown), terminator: "")
        case .markdown: print(ErrataTable.markdown(entries, planDirectory: shown), terminator: "")
        case .tsv: print(ErrataTable.tsv(entries), terminator: "")
        }
    }
}

extension PlanOptions {
    /// The plan folder to read, and how to name it in messages (as given, or relative to the current folder).
    func planDirectory() throws -> (directory: String, shown: String) {
        if let plan { return (plan, plan) }
        let directory = try ProjectHome.locate().defaultPlanDirectory()
        let here = FileManager.default.currentDirectoryPath
        let shown = directory.hasPrefix(here + "/") ? String(directory.dropFirst(here.count + 1)) : directory
        return (directory, shown)
    }

    func rejectOut(for command: String) throws {
        if out != nil { throw PlanPressError.usage("\(command) writes no files; --out is for render") }
    }
}

/// The errata as the plan's owners read them.
enum ErrataTable {
    static func grouped(_ entries: [ErratumEntry]) -> [(file: String, entries: [ErratumEntry])] {
        var groups: [(file: String, entries: [ErratumEntry])] = []
        for entry in entries {
            if groups.last?.file == entry.file { groups[groups.count - 1].entries.append(entry) } else { groups.append((entry.file, [entry])) }
        }
        return groups
    }

    static func total(_ entries: [ErratumEntry]) -> String {
        let files = Set(entries.map(\.file)).count
        return "\(entries.count) errat\(entries.count == 1 ? "um" : "a") in \(files) file\(files == 1 ? "" : "s")"
    }

    /// One block per file; each erratum as labelled lines (Thai text does not line up in columns on a terminal).
    static func text(_ entries: [ErratumEntry], planDirectory: String) -> String {
        var out = ""
        for (file, group) in grouped(entries) {
            out += "\(planDirectory)/\(file) — \(group.count) errat\(group.count == 1 ? "um" : "a")\n"
            for entry in group {
                let line = entry.location.line.map { "line \($0)" } ?? ""
                out += "\n  field    \(entry.field)  (\(line))\n"
                out += "  source   \(entry.erratum.source)\n"
                out += "  dataset  \(entry.erratum.dataset)\n"
                out += "  why      \(entry.erratum.reason)\n"
            }
            out += "\n"
        }
        return out + total(entries) + "\n"
    }

    static func markdown(_ entries: [ErratumEntry], planDirectory: String) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = ""
        for (file, group) in grouped(entries) {
            out += "## \(planDirectory)/\(file) (\(group.count))\n\n| field | source said | dataset says | why |\n| --- | --- | --- | --- |\n"
            for entry in group {
                out += "| \(cell(entry.field)) | \(cell(entry.erratum.source)) | \(cell(entry.erratum.dataset)) | \(cell(entry.erratum.reason)) |\n"
            }
            out += "\n"
        }
        return out + total(entries) + "\n"
    }

    static func tsv(_ entries: [ErratumEntry]) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        var out = "file\tline\tfield\tsource said\tdataset says\twhy\n"
        for entry in entries {
            out += [entry.file, entry.location.line.map(String.init) ?? "", entry.field, entry.erratum.source,
                    entry.erratum.dataset, entry.erratum.reason].map(cell).joined(separator: "\t") + "\n"
        }
        return out
    }
}
