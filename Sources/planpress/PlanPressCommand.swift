import ArgumentParser
import Foundation
import PlanModel
import PlanPress

/// `planpress`: thin commands over the PlanPress library.
struct PlanPressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Typeset a Thai local government's anti-corruption action plan into print-ready PDFs.",
        discussion: """
        Without --plan every command uses the embedded plan (Plans/default-plan names it).
        Exit status: 0 success, 1 bad input (the message names the file, line and field), 2 usage.
        """,
        subcommands: [RenderCommand.self, ValidateCommand.self, ErrataCommand.self, ImportCommand.self, ProgressCommand.self])
}

struct PlanOptions: ParsableArguments {
    @Option(name: .long, help: "The plan folder (holding plan.yaml). Default: the embedded plan.")
    var plan: String?

    @Option(name: .long, help: "Where output goes: for render, the folder PDFs are written to (default output/<plan-id>/); for progress template, the CSV file.")
    var out: String?
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render documents of a plan into PDF.",
        discussion: "With no document named, renders every document PlanPress makes. Documents: "
            + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @Argument(help: "The documents to render (default: all).")
    var documents: [String] = []

    @OptionGroup var options: PlanOptions

    @Option(name: .long, help: "With 'projects' or 'progress': only this project (its number, ลำดับที่).")
    var project: Int?

    @Option(name: .long, help: "With 'progress': the fiscal year (Buddhist Era, e.g. 2566). Default: every round with records.")
    var fy: Int?

    @Option(name: .long, help: "With 'progress': the round: 6m, 12m, q1, q2, q3 or q4.")
    var round: String?

    @Option(name: .long, help: "With 'progress': only this division's report (its id in plan.yaml).")
    var division: String?

    @Option(name: .long, help: "Stop with an error when a document would exceed this many pages.")
    var maxPages: Int = 2_000

    @Option(name: .long, help: "Refuse images with more pixels than this (width × height).")
    var maxImagePixels: Int = 40_000_000

    func validate() throws {
        if let round, ReportingRound(rawValue: round) == nil {
            throw ValidationError("unknown round '\(round)'; use 6m, 12m, q1, q2, q3 or q4")
        }
        if (fy == nil) != (round == nil) {
            throw ValidationError("give --fy and --round together (e.g. --fy 2566 --round 6m), or neither for every round")
        }
        for name in documents where DocumentKind(rawValue: name) == nil {
            throw ValidationError("unknown document '\(name)'; choose from: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let home = try ProjectHome.locate()
        Renderer.maximumImagePixels = maxImagePixels
        let renderer = try Renderer(home: home, planDirectory: options.plan, outputDirectory: options.out)
        renderer.maximumPages = maxPages
        let kinds = documents.isEmpty ? DocumentKind.allCases : documents.compactMap(DocumentKind.init(rawValue:))
        for kind in kinds {
            let progress = ProgressSelection(fiscalYear: fy, round: round.flatMap(ReportingRound.init(rawValue:)),
                                             division: division, project: project)
            for file in try renderer.render(kind, project: project, progress: progress) {
                print("\(file.path)  \(file.pages) page\(file.pages == 1 ? "" : "s"), \(file.bytes) bytes")
            }
        }
    }
}

@main
enum Main {
    static func main() {
        do {
            var command = try PlanPressCommand.parseAsRoot()
            try command.run()
        } catch let error as PlanPressError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(error.exitCode)
        } catch {
            let code = PlanPressCommand.exitCode(for: error)
            if code == .success { PlanPressCommand.exit(withError: error) }
            FileHandle.standardError.write(Data((PlanPressCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}
