import Foundation
import ThaiText

/// Writes made-up plan datasets of a realistic shape, for tests and the benchmark: any number of
/// fiscal years, dimensions and projects, long project names, budgets with satang. Deterministic: the
/// same parameters give the same files.
public struct SyntheticPlan: Sendable {
    public var id: String
    public var firstFiscalYear: Int
    public var years: Int
    public var projectsPerDimension: [Int]
    public var missionsPerDimension: Int
    /// How many times the name's phrase repeats: 1 fits one line; 6 wraps to several lines in a table cell.
    public var nameLength: Int
    /// Every `budgetEvery`-th project has a budget (0: none).
    public var budgetEvery: Int
    /// Paragraphs of rationale per project (realistic plans have one to three long ones).
    public var rationaleParagraphs: Int
    public var seed: UInt64

    public init(id: String = "synthetic", firstFiscalYear: Int = 2567, years: Int = 4,
                projectsPerDimension: [Int] = [20, 25, 15], missionsPerDimension: Int = 3,
                nameLength: Int = 6, budgetEvery: Int = 2, rationaleParagraphs: Int = 2, seed: UInt64 = 1) {
        self.id = id; self.firstFiscalYear = firstFiscalYear; self.years = years
        self.projectsPerDimension = projectsPerDimension; self.missionsPerDimension = missionsPerDimension
        self.nameLength = nameLength; self.budgetEvery = budgetEvery
        self.rationaleParagraphs = rationaleParagraphs; self.seed = seed
    }

    public struct Budget: Sendable {
        public let project: Int
        public let dimension: Int
        public let perYear: [Int: Money]
    }

    /// The budgets the written plan holds, for checking totals.
    public private(set) var budgets: [Budget] = []

    public var lastFiscalYear: Int { firstFiscalYear + years - 1 }

    /// Writes `plan.yaml` and `projects/NN.yaml` into `directory` (created if missing).
    public mutating func write(to directory: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory + "/projects", withIntermediateDirectories: true)
        var rng = seed
        func next() -> UInt64 { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return rng >> 33 }
        let org = "องค์การบริหารส่วนตำบลตัวอย่าง"
        var plan = """
        format: 1
        id: \(id)
        organization:
          name: \(org)
          kind: องค์การบริหารส่วนตำบล
          province: ตัวอย่าง
        title: แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส
        period:
          first_fiscal_year: \(firstFiscalYear)
          last_fiscal_year: \(lastFiscalYear)
        announcement:
          subject: ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ของ\(org)
          body:
            - ด้วย\(org)ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต เพื่อใช้เป็นกรอบในการดำเนินงานด้านการป้องกันการทุจริตอย่างต่อเนื่อง
          closing: จึงประกาศให้ทราบโดยทั่วกัน
          date: \(firstFiscalYear - 1)-09-20
          signer:
            name: นายตัวอย่าง ทดสอบ
            position: นายก\(org)
        divisions:
          - {id: office, name: สำนักปลัด}
          - {id: finance, name: กองคลัง}
        dimensions:

        """
        let phrase = "ส่งเสริมความโปร่งใสและการมีส่วนร่วมของประชาชนในการตรวจสอบ"
        for (d, _) in projectsPerDimension.enumerated() {
            plan += "  - number: \(d + 1)\n    title: มิติตัวอย่างที่ \(ThaiFormat.number(d + 1)) การบริหารราชการด้วยความโปร่งใสและการมีส่วนร่วม\n    missions:\n"
            for m in 1...missionsPerDimension {
                plan += "      - number: \(m)\n        title: ภารกิจตัวอย่างที่ \(ThaiFormat.number(d + 1)).\(ThaiFormat.number(m)) การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทุกระดับ\n"
            }
        }
        try plan.write(toFile: directory + "/plan.yaml", atomically: true, encoding: .utf8)

        budgets = []
        var number = 0
        for (d, count) in projectsPerDimension.enumerated() {
            for p in 0..<count {
                number += 1
                let mission = 1 + p * missionsPerDimension / max(count, 1)
                let kind = ["โครงการ", "กิจกรรม", "มาตรการ"][number % 3]
                let name = kind + Array(repeating: phrase, count: max(nameLength, 1)).joined(separator: " ")
                var perYear: [Int: Money] = [:]
                var budgetLines = ""
                if budgetEvery > 0 && number % budgetEvery == 0 {
                    budgetLines = "budget:\n"
                    for year in firstFiscalYear...lastFiscalYear {
                        let satang = Int64(next() % 50_000_000) + 100 // up to 500,000 baht, with satang
                        perYear[year] = Money(satang: satang)
                        budgetLines += "  \(year): \"\(Money(satang: satang).description)\"\n"
                    }
                }
                budgets.append(Budget(project: number, dimension: d + 1, perYear: perYear))
                let rationale = (0..<max(rationaleParagraphs, 1)).map { _ in
                    "  - " + Array(repeating: "องค์กรปกครองส่วนท้องถิ่นมีอำนาจหน้าที่ในการจัดทำบริการสาธารณะ ทั้งในเรื่องการจัดหารายได้ และการใช้จ่ายเงินและการบริหารงานต่างๆ", count: 4).joined(separator: " ")
                }.joined(separator: "\n")
                let project = """
                number: \(number)
                name: \(name)
                kind: \(kind)
                mission: "\(d + 1).\(mission)"
                rationale:
                \(rationale)
                objectives:
                  - เพื่อให้การบริหารงานมีความโปร่งใส ตรวจสอบได้
                  - เพื่อส่งเสริมการมีส่วนร่วมของประชาชน
                target_group:
                  text: บุคลากรและประชาชน จำนวน ๑๐๐ คน
                method:
                  - จัดทำแผนการดำเนินงาน
                  - text: ดำเนินการตามแผน
                    items:
                      - ประชาสัมพันธ์
                      - จัดกิจกรรม
                  - สรุปและรายงานผล
                period:
                  kind: fiscal
                  start: \(firstFiscalYear)
                  end: \(lastFiscalYear)
                \(budgetLines)divisions:
                  - \(number % 2 == 0 ? "office" : "finance")
                outputs:
                  - มีการดำเนินการตามแผน
                outcomes:
                  - ประชาชนมีความเชื่อมั่นในการบริหารงาน

                """
                try project.write(toFile: directory + String(format: "/projects/%02d.yaml", number), atomically: true, encoding: .utf8)
            }
        }
    }
}

extension SyntheticPlan {
    /// Writes progress records for the plan's first fiscal year, rounds 6m and 12m (as written by
    /// `write(to:)`'s divisions): about three projects in four report, with every status.
    public func writeProgress(to directory: String) throws {
        let year = firstFiscalYear
        let statuses = ["completed", "in_progress", "not_started", "completed", "in_progress", "cancelled"]
        for (round, month) in [("6m", 3), ("12m", 9)] {
            let folder = directory + "/progress/\(year)-\(round)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var csv = "project,status,cancel_reason,budget_planned,budget_approved,budget_disbursed,date,outputs,outcomes,problems,suggestions,reporter_name,reporter_position,division,report_date\n"
            for budget in budgets where budget.project % 4 != 0 {
                let status = statuses[(budget.project + (round == "12m" ? 1 : 0)) % statuses.count]
                let planned = budget.perYear[year]
                let approved = planned.map { Money(satang: $0.satang / 10 * 9) }
                let disbursed = approved.map { Money(satang: $0.satang / 2) }
                let division = budget.project % 2 == 0 ? "office" : "finance"
                csv += [String(budget.project), status, status == "cancelled" ? "งบประมาณไม่เพียงพอ" : "",
                        planned?.description ?? "", approved?.description ?? "", disbursed?.description ?? "",
                        "\(year - 1)-11-\(10 + budget.project % 15)",
                        "ดำเนินการจัดกิจกรรมตามแผน ผู้เข้าร่วม ๑๒๐ คน", "ผู้เข้าร่วมมีความรู้ความเข้าใจเพิ่มขึ้น",
                        "ระยะเวลาดำเนินการจำกัด", "ควรเพิ่มช่องทางการประชาสัมพันธ์",
                        "นายตัวอย่าง ทดสอบ", "นักวิเคราะห์นโยบายและแผน", division, "\(year - (month == 3 ? 0 : 0))-0\(month == 3 ? 4 : 9)-05"]
                    .map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\n"
            }
            try csv.write(toFile: folder + "/records.csv", atomically: true, encoding: .utf8)
        }
    }
}
