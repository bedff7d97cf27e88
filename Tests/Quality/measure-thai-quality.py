#!/usr/bin/env python3
"""Measures what Thai readers notice in a PlanPress PDF (the plan book by default), the way a reader's
tools see it: poppler's pdftotext for the text, an independent dictionary-based segmenter (PyThaiNLP's
newmm for words, its syllable dictionary for syllables) for the line ends.

    python3 Tests/Quality/measure-thai-quality.py [BOOK.pdf] [--source SOURCE.txt] [--json OUT.json]

Measures (issue: Thai typesetting quality):
  phrases intact   share of the source's space-separated Thai phrases of 4+ characters found whole in the
                   extracted text, line ends joined without a space
  inside syllable  share of Thai-to-Thai line ends that fall inside a syllable
  inside word      share of Thai-to-Thai line ends that fall inside a word
  wide gaps        share of lines with a gap wider than 1 em between adjacent characters, and the widest gap (words as
                   pdftotext -bbox boxes them; 1 em = the line's font size, taken from the box height)
Needs poppler-utils and `pip install pythainlp` (its dictionaries ship with the package).
"""
import argparse, json, os, re, subprocess, sys

THAI = re.compile(r"[\u0E01-\u0E4F]")  # Thai letters, vowels and marks; not Thai digits
THAI_WORD = re.compile(r"^[\u0E01-\u0E5B]+$")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def pdftotext(path, *args):
    return subprocess.run(["pdftotext", *args, path, "-"], check=True, capture_output=True, text=True).stdout


def phrases_intact(book_text, source_text, dataset_text=None):
    """Source phrases found whole in the book; with `dataset_text`, only those the dataset still holds
    (a phrase an erratum corrected, or a fragment of the source's own broken table cells, cannot be)."""
    joined = book_text.replace("\n", "")
    compact = re.sub(r"\s+", " ", joined)
    phrases = [t for t in source_text.split() if THAI_WORD.match(t) and len(t) >= 4]
    if dataset_text is not None:
        phrases = [t for t in phrases if t in dataset_text]
    found = sum(1 for p in phrases if p in compact)
    return found, len(phrases)


def dataset_text(plan_dir):
    """Every string of a plan dataset, joined by spaces."""
    import yaml
    strings = []
    def walk(v):
        if isinstance(v, str):
            strings.append(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                if k != "errata":
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    for folder, _, files in os.walk(plan_dir):
        for f in files:
            if f.endswith(".yaml"):
                walk(yaml.safe_load(open(os.path.join(folder, f), encoding="utf-8")))
    return " ".join(strings)


def line_ends(book_text):
    """Consecutive lines of one paragraph that meet Thai-to-Thai: (end of a line, start of the next)."""
    lines = [l.strip() for l in book_text.split("\n")]
    pairs = []
    for a, b in zip(lines, lines[1:]):
        if a and b and THAI.match(a[-1]) and THAI.match(b[0]):
            pairs.append((a, b))
    return pairs


def boundary_at(tokens, position):
    offset = 0
    for t in tokens:
        if offset == position:
            return True
        offset += len(t)
        if offset > position:
            return False
    return offset == position


def measure_line_ends(pairs):
    from pythainlp.tokenize import word_tokenize, syllable_tokenize
    inside_word = inside_syllable = 0
    examples = {"word": [], "syllable": []}
    for a, b in pairs:
        left = a.split()[-1] if a.split() else a
        right = b.split()[0] if b.split() else b
        joined = left + right
        words = word_tokenize(joined, engine="newmm", keep_whitespace=False)
        syllables = syllable_tokenize(joined, engine="dict", keep_whitespace=False)
        if not boundary_at(words, len(left)):
            inside_word += 1
            examples["word"].append(left[-8:] + "|" + right[:8])
        if not boundary_at(syllables, len(left)):
            inside_syllable += 1
            examples["syllable"].append(left[-8:] + "|" + right[:8])
    return inside_word, inside_syllable, examples


def wide_gaps(pdf):
    xml = pdftotext(pdf, "-bbox-layout")
    line_pattern = re.compile(r"<line[^>]*>(.*?)</line>", re.S)
    word_pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
    lines = wide = 0
    widest = 0.0  # the widest gap of any line, in em
    for body in line_pattern.findall(xml):
        words = [tuple(map(float, m)) for m in word_pattern.findall(body)]
        if len(words) < 2:
            continue
        lines += 1
        em = max(w[3] - w[1] for w in words) / 1.45  # Laksaman's box is about 1.45 em tall
        gaps = [b[0] - a[2] for a, b in zip(words, words[1:])]
        widest = max(widest, max(gaps) / em)
        if max(gaps) > em:
            wide += 1
    return wide, lines, widest


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_plan = open(os.path.join(ROOT, "Plans", "default-plan")).read().strip()
    parser.add_argument("pdf", nargs="?", default=os.path.join(ROOT, "output", default_plan, "plan-book.pdf"))
    source_dir = os.path.join(ROOT, "Plans", default_plan, "source")
    sources = [os.path.join(source_dir, f) for f in sorted(os.listdir(source_dir))] if os.path.isdir(source_dir) else []
    parser.add_argument("--source", default=sources[0] if sources else None)
    parser.add_argument("--json")
    args = parser.parse_args()
    text = pdftotext(args.pdf)
    result = {"pdf": args.pdf}
    if args.source:
        source = open(args.source, encoding="utf-8").read()
        found, total = phrases_intact(text, source)
        result["phrases_intact"] = {"found": found, "total": total, "share": found / total if total else 0}
        held = dataset_text(os.path.join(ROOT, "Plans", default_plan))
        found, total = phrases_intact(text, source, held)
        result["phrases_intact_of_dataset"] = {"found": found, "total": total, "share": found / total if total else 0}
    pairs = line_ends(text)
    inside_word, inside_syllable, examples = measure_line_ends(pairs)
    n = len(pairs) or 1
    result["line_ends"] = {"thai_to_thai": len(pairs), "inside_word": inside_word, "inside_word_share": inside_word / n,
                           "inside_syllable": inside_syllable, "inside_syllable_share": inside_syllable / n,
                           "examples": {k: v[:10] for k, v in examples.items()}}
    wide, lines, widest = wide_gaps(args.pdf)
    result["wide_gaps"] = {"lines": lines, "lines_with_gap_over_1em": wide, "share": wide / (lines or 1),
                           "widest_gap_em": widest}
    if "phrases_intact" in result:
        p = result["phrases_intact"]
        print(f"phrases intact in pdftotext: {p['found']}/{p['total']} = {100 * p['share']:.2f}% of the source's phrases")
        d = result["phrases_intact_of_dataset"]
        print(f"                             {d['found']}/{d['total']} = {100 * d['share']:.2f}% of those the dataset holds "
              "(the rest were corrected by errata or are fragments of the source's broken table cells)")
    le = result["line_ends"]
    print(f"Thai-to-Thai line ends: {le['thai_to_thai']}; inside a word: {le['inside_word']} = {100 * le['inside_word_share']:.2f}%; "
          f"inside a syllable: {le['inside_syllable']} = {100 * le['inside_syllable_share']:.2f}%")
    g = result["wide_gaps"]
    print(f"lines with a gap wider than 1 em: {g['lines_with_gap_over_1em']}/{g['lines']} = {100 * g['share']:.2f}%; "
          f"widest gap on any line: {g['widest_gap_em']:.2f} em")
    if le["examples"]["syllable"]:
        print("line ends inside a syllable (examples):", ", ".join(le["examples"]["syllable"]))
    if le["examples"]["word"]:
        print("line ends inside a word (examples):", ", ".join(le["examples"]["word"]))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
