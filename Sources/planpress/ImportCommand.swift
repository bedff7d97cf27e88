import ArgumentParser
import DataFiles
import Foundation
import PlanImport
import PlanModel
import PlanPress

/// `planpress import PLAN.txt --out Plans/<id>/`: a plan's text into a new dataset.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a plan's text (extracted from its PDF or Word file) into a new dataset.",
        discussion: """
        Reads text shaped like the NACC template (announcement, cover, foreword, ส่วนที่ ๑/๒/๓ with "ลำดับที่ N" \
        sheets) and writes plan.yaml and projects/NN.yaml into --out, whose last folder name becomes the plan id. \
        The dataset keeps what the text says: every inconsistency found (names that differ between Part 2 and \
        Part 3, reversed periods, numbering gaps, counts that disagree, unknown divisions) is written as an erratum \
        whose reason starts with "proposed by the importer:" for a person to review. Every line that could not be \
        placed is listed as file:line. An existing, non-empty --out is never overwritten.
        """)

    @Argument(help: "The plan's text (UTF-8).")
    var text: String

    @Option(name: .long, help: "The dataset folder to create, e.g. Plans/<plan-id>/ (must not exist, or be empty).")
    var out: String

    func run() throws {
        let folder = URL(fileURLWithPath: out).standardizedFileURL
        let id = folder.lastPathComponent
        guard !id.isEmpty, id != "/", id.range(of: "^[a-z0-9][a-z0-9._-]*$", options: .regularExpression) != nil else {
            throw PlanPressError.usage("--out's last folder name becomes the plan id and must be lower-case ASCII letters, digits, '-', '.' or '_' (such as nkpao-2566-2570); found '\(id)'")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            let entries = isDirectory.boolValue ? ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]) : ["?"]
            if !entries.isEmpty {
                throw PlanPressError.badInput([.error(SourceLocation(file: out),
                    "\(isDirectory.boolValue ? "the folder already exists and is not empty" : "a file of that name exists"); the importer never overwrites a dataset: remove it or choose another --out")])
            }
        }
        guard let data = FileManager.default.contents(atPath: text) else {
            throw PlanPressError.badInput([.error(SourceLocation(file: text),
                FileManager.default.fileExists(atPath: text) ? "cannot read the file (check its permissions)" : "no such file")])
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw PlanPressError.badInput([.error(SourceLocation(file: text), "the file is not UTF-8 text; save it as UTF-8")])
        }
        let result: ImportResult
        do {
            result = try PlanImporter.importPlan(text: contents, sourceName: text, planID: id)
        } catch {
            throw PlanPressError.badInput([.error(SourceLocation(file: error.file, line: error.line), error.message)])
        }
        do {
            try result.write(to: out)
        } catch {
            throw PlanPressError.badInput([.error(SourceLocation(file: out), error.description)])
        }
        print(result.report(outputDirectory: out))
        // The dataset must load as written.
        do {
            _ = try PlanLoader.load(directory: out)
        } catch {
            throw PlanPressError.failed("the imported dataset does not load (an importer bug; please report it): \(error.description)")
        }
    }
}
