import Foundation
import PlanModel
import Typesetting

/// Names that a line must never break inside: the organization, its divisions, its province, and the
/// words of the shipped and per-plan word lists; and expressions that read as one unit (พ.ศ. ๒๕๖๖ – ๒๕๗๐,
/// ๒๗ กันยายน ๒๕๖๕). Pango is told through no-break ranges; it still chooses every break itself.
public struct ProtectedNames: Sendable {
    /// Longest first, so that the longest name wins where names overlap.
    public let names: [String]

    public init(plan: Plan, wordLists: [String]) {
        var all = Set<String>()
        all.insert(plan.organization.name)
        if let province = plan.organization.province { all.insert(province) }
        for division in plan.divisions { all.insert(division.name) }
        for word in wordLists { all.insert(word) }
        self.init(sortedNames: all.filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count })
    }

    public init(names: [String]) {
        self.init(sortedNames: Set(names).filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count })
    }

    private init(sortedNames: [String]) {
        names = sortedNames
        trie = ByteTrie(sortedNames.map { Array($0.utf8) })
    }

    /// The ranges found in each text so far: the book is composed once per layout pass, and the sheets
    /// repeat the book's text, so most texts are asked about many times.
    private let found = RangesCache()

    /// Every name, as a tree of UTF-8 bytes: from each place in a text, one walk finds the longest name
    /// that starts there.
    private let trie: ByteTrie

    /// The UTF-8 byte ranges of `text` that must stay on one line: at each place, the longest name that
    /// starts there (leftmost first), then the expressions the patterns find where no name is.
    public func ranges(in text: String) -> [Range<Int>] {
        if let known = found.lookup(text) { return known }
        let ranges = search(text)
        found.store(text, ranges)
        return ranges
    }

    private func search(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                if let length = trie.longestMatch(in: bytes, from: offset) {
                    ranges.append(offset..<(offset + length))
                    offset += length
                } else {
                    // Move on by a whole scalar: a name starts at a scalar's first byte.
                    offset += 1
                    while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                }
            }
        }
        // Every expression holds a digit or a hyphen: the scalars are read out only where one is.
        let utf8 = text.utf8
        var needed = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            // ASCII digits and hyphen; Thai digits are E0 B9 90...99 in UTF-8.
            if (0x30...0x39).contains(byte) || byte == 0x2D || (previous == (0xE0, 0xB9) && (0x90...0x99).contains(byte)) {
                needed = true
                break
            }
            previous = (previous.1, byte)
        }
        if needed {
            var scalars: [UInt32] = []
            var offsets: [Int] = []
            scalars.reserveCapacity(utf8.count)
            offsets.reserveCapacity(utf8.count + 1)
            var offset = 0
            for scalar in text.unicodeScalars {
                scalars.append(scalar.value)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            offsets.append(offset)
            for kind in ProtectedExpressions.Kind.allCases {
                for match in ProtectedExpressions.matches(kind, in: scalars) {
                    let r = offsets[match.lowerBound]..<offsets[match.upperBound]
                    if !ranges.contains(where: { $0.overlaps(r) }) { ranges.append(r) }
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A paragraph whose protected names stay whole.
    public func paragraph(_ text: String, style: TextStyle) -> Paragraph {
        Paragraph(text, style: style, noBreakRanges: ranges(in: text))
    }
}

/// A set of byte strings as a tree, for finding the longest one that starts at a place in a text.
/// Stored flat for the search: each node's edges lie together, sorted by byte (a node of Thai names
/// has a handful), and the root, which every place of every text asks, has a table of all 256 bytes.
struct ByteTrie: Sendable {
    /// The root's child for each byte (0: none).
    private var rootChildren = [Int32](repeating: 0, count: 256)
    /// Node n's edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, leading to `edgeTargets`.
    private var edgeStart: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Whether a string ends at each node.
    private var terminal: [Bool] = []

    init(_ strings: [[UInt8]]) {
        // Laid out flat straight from the strings in byte order: the strings below a node lie together, those
        // that end at it first, then one run for each next byte. Nodes are numbered breadth first, so each
        // node's edges are appended together, in byte order.
        let sorted = strings.sorted { $0.lexicographicallyPrecedes($1) }
        var nodes: [(first: Int, end: Int, depth: Int)] = [(0, sorted.count, 0)]
        var next = 0
        while next < nodes.count {
            let (first, end, depth) = nodes[next]
            next += 1
            var i = first
            var ends = false
            while i < end && sorted[i].count == depth { ends = true; i += 1 }
            terminal.append(ends)
            edgeStart.append(Int32(edgeBytes.count))
            while i < end {
                let byte = sorted[i][depth]
                var j = i + 1
                while j < end && sorted[j][depth] == byte { j += 1 }
                edgeBytes.append(byte)
                edgeTargets.append(Int32(nodes.count))
                nodes.append((i, j, depth + 1))
                i = j
            }
        }
        edgeStart.append(Int32(edgeBytes.count))
        for e in Int(edgeStart[0])..<Int(edgeStart[1]) { rootChildren[Int(edgeBytes[e])] = edgeTargets[e] }
    }

    /// The length of the longest string of the set that `bytes` holds at `start`, if any.
    func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var node = Int(rootChildren[Int(bytes[start])])
        guard node != 0 else { return nil }
        var i = start + 1
        var longest: Int? = terminal[node] ? 1 : nil
        search: while i < bytes.count {
            let byte = bytes[i]
            // The edges are sorted: a binary search, for the nodes that hold a scalar's last byte (Thai
            // letters share their first two bytes, so such a node has dozens of edges).
            var low = Int(edgeStart[node]), high = Int(edgeStart[node + 1])
            while low < high {
                let middle = (low + high) >> 1
                let found = edgeBytes[middle]
                if found == byte {
                    node = Int(edgeTargets[middle])
                    i += 1
                    if terminal[node] { longest = i - start }
                    continue search
                }
                if found < byte { low = middle + 1 } else { high = middle }
            }
            break
        }
        return longest
    }
}

/// Texts and their protected ranges, shared by the threads that compose a plan's documents.
final class RangesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [TextKey: [Range<Int>]] = [:]

    func lookup(_ text: String) -> [Range<Int>]? {
        let key = TextKey(text)
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func store(_ text: String, _ ranges: [Range<Int>]) {
        let key = TextKey(text)
        lock.lock(); defer { lock.unlock() }
        entries[key] = ranges
    }
}
