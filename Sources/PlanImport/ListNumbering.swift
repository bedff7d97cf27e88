/// The typed numbers of list items (๑. / ๓.๑ / ๑) / (๑) / ๑.๑) / "- "): recognizing them, stripping them (the
/// dataset stores content, not numbering), nesting items by their kind of number, and finding numbering gaps.
enum ListNumbering {
    /// The kind of number an item starts with.
    enum Kind: String, Sendable {
        /// ๑.๑) — a numbered sub-item of a numbered item.
        case dottedParen
        /// ๑.๑.๑ — three-level section number.
        case dotted3
        /// ๕.๑ — section.item.
        case dotted
        /// ๑)
        case paren
        /// (๑)
        case parenthesized
        /// ๑.
        case numberDot
        /// "- " with no number.
        case bullet
        /// no number: a plain paragraph.
        case plain
    }

    struct Marker: Sendable {
        var kind: Kind
        /// The numbers of the marker (๕.๑ → [5, 1]); empty for bullets and plain paragraphs.
        var numbers: [Int]
        /// The marker as printed (Thai digits kept): "๕.๑", "๑)", "(๑)", "-", "".
        var label: String
        /// The text after the marker, normalized.
        var text: String
    }

    private static let digit = "[0-9๐-๙]"
    private static let patterns: [(Kind, Pattern)] = [
        (.dottedParen, Pattern("^(\(digit)+)\\.(\(digit)+)\\)\\s*")),
        (.dotted3, Pattern("^(\(digit)+)\\.(\(digit)+)\\.(\(digit)+)\\s+")),
        (.dotted, Pattern("^(\(digit)+)\\.(\(digit)+)\\s+")),
        (.paren, Pattern("^(\(digit)+)\\)\\s*")),
        (.parenthesized, Pattern("^\\((\(digit)+)\\)\\s*")),
        (.numberDot, Pattern("^(\(digit)+)\\.\\s+")),
    ]

    /// Reads the number at the start of a paragraph's text.
    static func marker(_ raw: String, bullet: Bool) -> Marker {
        let t = TextForm.normalize(raw)
        for (kind, pattern) in patterns {
            if let m = pattern.match(t), let whole = m[0] {
                let numbers = m.dropFirst().compactMap { $0.flatMap(TextForm.integer) }
                let label = whole.trimmingCharacters(in: .whitespaces)
                return Marker(kind: kind, numbers: numbers, label: label, text: String(t.dropFirst(whole.count)))
            }
        }
        return Marker(kind: bullet ? .bullet : .plain, numbers: [], label: bullet ? "-" : "", text: t)
    }

    /// One item read from the source, with its sub-items.
    struct Item: Sendable {
        var text: String
        var items: [Item]
        var marker: Marker
        var lines: [Int]
    }

    /// What `nest` is given: a paragraph's marker, its lines and its block (blank-line separated run).
    struct Entry: Sendable {
        var marker: Marker
        var lines: [Int]
        var block: Int
    }

    /// Words that announce a list: an item ending with one of them takes the next block's items of its own kind
    /// as its sub-items ("… ได้แก่" followed by a separate run of "- " items).
    static let introWords = ["ได้แก่", "ดังนี้", "ดังต่อไปนี้", ":"]

    /// Nests items the way the plan prints them: an item is a sub-item of the nearest item above it with a
    /// different kind of number; an item with the same kind of number as one above closes everything
    /// opened since. A plain paragraph starts afresh at the top level; "- " items under it are its sub-items.
    static func nest(_ entries: [Entry]) -> [Item] {
        final class Node {
            var item: Item
            var children: [Node] = []
            init(_ item: Item) { self.item = item }
            func freeze() -> Item {
                var result = item
                result.items = children.map { $0.freeze() }
                return result
            }
        }
        struct NestKind: Equatable { var kind: Kind; var depth: Int }

        // An item ending with an intro word, followed by a new block of items of its kind: those items are
        // one level deeper than their kind alone says.
        var depth = Array(repeating: 0, count: entries.count)
        var i = 0
        while i < entries.count {
            let e = entries[i]
            let endsWithIntro = introWords.contains { e.marker.text.hasSuffix($0) }
            if endsWithIntro, e.marker.kind != .plain, i + 1 < entries.count,
               entries[i + 1].block != e.block, entries[i + 1].marker.kind == e.marker.kind {
                var j = i + 1
                let block = entries[j].block
                while j < entries.count, entries[j].block == block, entries[j].marker.kind == e.marker.kind {
                    depth[j] = depth[i] + 1
                    j += 1
                }
                i = j
                continue
            }
            i += 1
        }

        var roots: [Node] = []
        var stack: [(kind: NestKind, node: Node)] = []
        for (index, entry) in entries.enumerated() {
            let node = Node(Item(text: entry.marker.text, items: [], marker: entry.marker, lines: entry.lines))
            let kind = NestKind(kind: entry.marker.kind, depth: depth[index])
            if kind.kind == .plain {
                roots.append(node)
                stack = [(kind, node)]
                continue
            }
            if let same = stack.lastIndex(where: { $0.kind == kind }) {
                stack.removeSubrange(same...)
            }
            if let top = stack.last, top.kind.kind != .plain {
                top.node.children.append(node)
            } else if let top = stack.last, top.kind.kind == .plain, kind.kind == .bullet {
                top.node.children.append(node)
            } else {
                roots.append(node)
            }
            stack.append((kind, node))
        }
        return roots.map { $0.freeze() }
    }

    /// A list whose printed numbers are not 1, 2, 3 … in order.
    struct Gap: Sendable {
        /// The dataset path of the list (`method`, `method[5].items`).
        var path: String
        /// The printed numbers in order.
        var labels: [String]
        var lines: [Int]
    }

    /// Sibling lists whose numbers skip, repeat or do not start at 1.
    static func gaps(_ items: [Item], path: String) -> [Gap] {
        var result: [Gap] = []
        let numbered = items.filter { !$0.marker.numbers.isEmpty }
        if !numbered.isEmpty {
            let lasts = numbered.map { $0.marker.numbers.last! }
            let expected = Array(1...numbered.count)
            if lasts != expected {
                result.append(Gap(path: path, labels: numbered.map(\.marker.label), lines: numbered.flatMap(\.lines)))
            }
        }
        for (i, item) in items.enumerated() where !item.items.isEmpty {
            result += gaps(item.items, path: "\(path)[\(i)].items")
        }
        return result
    }

    /// The labels a gap-free list would print: the first label's prefix with 1 … n.
    static func consecutive(_ labels: [String]) -> String {
        guard let first = labels.first else { return "" }
        let n = labels.count
        func relabel(_ number: Int) -> String {
            // Replace the last run of digits in the first label.
            let scalars = Array(first.unicodeScalars)
            guard let end = scalars.lastIndex(where: { ThaiDigitsCheck.isDigit($0) }) else { return first }
            var start = end
            while start > 0, ThaiDigitsCheck.isDigit(scalars[start - 1]) { start -= 1 }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[..<start])
            out.append(contentsOf: ThaiNumber.thai(number).unicodeScalars)
            out.append(contentsOf: scalars[(end + 1)...])
            return String(out)
        }
        return "\(relabel(1)) – \(relabel(n)) numbered consecutively"
    }

    /// Splits a table cell holding an inline numbered list ("๑. aaa ๒. bbb" or "๑) aaa ๒) bbb") at its numbers.
    /// Returns the text before the first number (often empty) and the numbered pieces.
    static func splitInline(_ text: String, closer: Character) -> (lead: String, pieces: [(number: Int, label: String, text: String)]) {
        let t = TextForm.normalize(text)
        let pattern = Pattern("(?:^|\\s)(\(digit){1,3})\\\(closer)\\s")
        let found = pattern.allMatches(t)
        guard !found.isEmpty else { return (t, []) }
        var pieces: [(Int, String, String)] = []
        let lead = String(t[t.startIndex..<found[0].range.lowerBound]).trimmingCharacters(in: .whitespaces)
        for (k, match) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].range.lowerBound : t.endIndex
            let body = String(t[match.range.upperBound..<end]).trimmingCharacters(in: .whitespaces)
            let numberText = match.groups[1] ?? ""
            pieces.append((TextForm.integer(numberText) ?? 0, numberText + String(closer), body))
        }
        return (lead, pieces)
    }
}

enum ThaiDigitsCheck {
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x0E50...0x0E59).contains(s.value)
    }
}
