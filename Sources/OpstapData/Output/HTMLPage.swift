import Opstap

/// A small, printable, self-contained HTML page (no scripts, no external files).
struct HTMLPage {
    private var body = ""
    let title: String
    let lang: Language
    /// A class on `<body>`: `cards` and `letter` print one card or letter per A4 page, without
    /// the page title (each card carries its own heading and provenance).
    var bodyClass: String?

    init(title: String, lang: Language, bodyClass: String? = nil) {
        self.title = title
        self.lang = lang
        self.bodyClass = bodyClass
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    mutating func heading(_ text: String) { body += "<h2>\(Self.escape(text))</h2>\n" }
    mutating func subheading(_ text: String) { body += "<h3>\(Self.escape(text))</h3>\n" }
    /// Markup made by this program (never user text).
    mutating func raw(_ markup: String) { body += markup }
    mutating func list(_ items: [String], heading: String?) {
        if let heading { body += "<p>\(Self.escape(heading))</p>\n" }
        body += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
    }
    mutating func paragraph(_ text: String, cssClass: String? = nil) {
        body += "<p\(cssClass.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(text))</p>\n"
    }

    /// One candidate with the whole explanation: the verdict, failed rules, each component's
    /// points (components the policy gives no weight are left out), then the attention points.
    mutating func candidate(rank: String, who: String, score: String, explanation e: Explanation, failed: Rule?) {
        let scoreLabel = e.eligible ? "score \(score)" : lang.pick("score \(score) (telt niet)", "score \(score) (does not count)")
        body += "<section class=\"candidate\">\n<h4>\(Self.escape(rank)) \(Self.escape(who)) <span class=\"score\">\(Self.escape(scoreLabel))</span></h4>\n"
        if !e.failures.isEmpty {
            if failed == nil || e.failures.count > 1 {
                body += "<p class=\"verdict\">\(lang.pick("Niet geschikt. Niet gehaalde regels:", "Not eligible. Rules not met:"))</p>\n"
            } else {
                body += "<p class=\"verdict\">\(lang.pick("Bijna geschikt: één regel niet gehaald.", "Near miss: one rule not met."))</p>\n"
            }
            body += "<ul class=\"failures\">\n"
            for f in e.failures {
                body += "<li title=\"\(Self.escape(f.rule.statement(lang)))\">✗ \(Self.escape(f.text)) <code>\(f.rule.code)</code></li>\n"
            }
            body += "</ul>\n"
        }
        body += "<table>\n<tr><th>\(lang.pick("onderdeel", "component"))</th><th>\(lang.pick("punten", "points"))</th><th>\(lang.pick("waarom", "why"))</th></tr>\n"
        for line in e.components where line.weight > 0 {
            let points = line.applies ? NumberText.format(line.contribution, decimals: 1, lang: lang, fixed: true) : lang.pick("n.v.t.", "n/a")
            body += "<tr><td>\(Self.escape(line.component.name(lang)))</td><td class=\"num\">\(points)</td><td>\(Self.escape(line.text))</td></tr>\n"
        }
        body += "</table>\n"
        if !e.attention.isEmpty {
            body += "<div class=\"attention\"><strong>\(lang.pick("Let op", "Check first")):</strong>\n<ul>\n"
            for point in e.attention { body += "<li>\(Self.escape(point.text)) <code>\(point.code.rawValue)</code></li>\n" }
            body += "</ul></div>\n"
        }
        body += "</section>\n"
    }

    func finish() -> [UInt8] {
        let page = """
        <!DOCTYPE html>
        <html lang="\(lang.code)">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
        h2 { border-bottom: 2px solid #2a6; padding-bottom: .2em; margin-top: 2em; }
        .candidate { border: 1px solid #ccc; border-radius: 6px; padding: .5em 1em; margin: .8em 0; page-break-inside: avoid; }
        .score { float: right; font-weight: normal; }
        table { border-collapse: collapse; width: 100%; }
        td, th { text-align: left; padding: .15em .5em; border-bottom: 1px solid #eee; vertical-align: top; }
        .num { text-align: right; white-space: nowrap; }
        .failures { color: #a00; }
        .provenance { color: #555; font-size: .85em; }
        .note { color: #864; }
        .verdict { font-weight: bold; }
        .attention { border-left: 4px solid #000; padding: .1em .8em; margin: .5em 0; }
        .attention ul { margin: .2em 0; padding-left: 1.2em; }
        .card, .letter { font-size: 1.1em; }
        .card h2, .letter h2 { margin-top: 0; border-bottom: 2px solid #000; }
        .card h3, .letter h3 { margin: .7em 0 .2em; }
        .card ul, .letter ul { margin: .2em 0; }
        .when { border: 2px solid #000; padding: .3em .8em; margin: .6em 0; }
        .when p { margin: .2em 0; }
        .stop, .bring { break-inside: avoid; page-break-inside: avoid; }
        .bring { border-top: 1px solid #000; margin-top: .8em; }
        .bring h3, .letter h3 { break-after: avoid; page-break-after: avoid; }
        .who { float: right; font-size: .85em; }
        .card .provenance, .letter .provenance { border-top: 1px solid #999; padding-top: .3em; margin-top: 1em; }
        @page { size: A4; margin: 15mm 18mm; }
        @media screen { .card, .letter { border: 1px solid #999; padding: 1em 1.5em; margin: 1.5em 0; } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; color: #000; font-size: 11pt; }
          .provenance { color: #000; font-size: 8pt; word-break: break-all; }
          body.cards > h1, body.letter > h1 { display: none; }
          .card, .letter { break-after: page; page-break-after: always; }
          .card:last-child, .letter:last-child { break-after: auto; page-break-after: auto; }
        }
        </style>
        </head>
        <body\(bodyClass.map { " class=\"\($0)\"" } ?? "")>
        <h1>\(Self.escape(title))</h1>

        """
        return Array((page + body + "</body>\n</html>\n").utf8)
    }
}
