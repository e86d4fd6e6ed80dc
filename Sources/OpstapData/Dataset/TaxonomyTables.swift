import Opstap

/// Reads `taxonomy/competences.csv` and `taxonomy/tags.csv`.
enum TaxonomyTables {
    enum CompetenceColumn: Int, CaseIterable {
        case code, labelNL, labelEN, group, escoURI
        var name: String { ["code", "label_nl", "label_en", "group", "esco_uri"][rawValue] }
    }

    enum TagColumn: Int, CaseIterable {
        case code, kind, labelNL, labelEN, clashesWith
        var name: String { ["code", "kind", "label_nl", "label_en", "clashes_with"][rawValue] }
    }

    static let competenceSchema = Schema(
        name: "competences",
        columns: CompetenceColumn.allCases.map { Schema.Column(name: $0.name, required: $0 != .escoURI) })
    static let tagSchema = Schema(
        name: "tags", columns: TagColumn.allCases.map { Schema.Column(name: $0.name, required: $0 != .clashesWith) })

    /// Codes are lower-case snake_case so they survive every spreadsheet and shell.
    static func isCode(_ b: ArraySlice<UInt8>) -> Bool {
        !b.isEmpty && b.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    static func read(competences: inout TableReader, tags: inout TableReader, log: inout IssueLog) -> Taxonomy {
        var groups = Interner()
        var list: [Competence] = []
        var seen: [String: Int] = [:]
        var cells = Cells(reader: competences, log: log)
        while cells.next(&competences) {
            typealias C = CompetenceColumn
            let code = Self.code(&cells, C.code.rawValue, seen: &seen)
            let nl = cells.requiredText(C.labelNL.rawValue)
            let en = cells.requiredText(C.labelEN.rawValue)
            let group = cells.required(C.group.rawValue)
            if let group, !isCode(group) {
                cells.fail(C.group.rawValue, "{value} is not a code; use lower-case letters, digits and _", value: group)
            }
            guard !cells.failed, let code, let nl, let en, let group else { continue }
            let groupID = groups.intern(String(decoding: group, as: UTF8.self))
            list.append(Competence(code: code, labelNL: nl, labelEN: en, group: CompetenceGroupID(groupID), escoURI: cells.text(C.escoURI.rawValue)))
        }

        struct PendingTag { var tag: Tag; var clashesWith: String?; var line: Int; var row: Row }
        var pending: [PendingTag] = []
        seen = [:]
        cells = Cells(reader: tags, log: cells.log)
        while cells.next(&tags) {
            typealias C = TagColumn
            let code = Self.code(&cells, C.code.rawValue, seen: &seen)
            let kind = cells.coded(C.kind.rawValue, Codes.tagKind)
            let nl = cells.requiredText(C.labelNL.rawValue)
            let en = cells.requiredText(C.labelEN.rawValue)
            let clash = cells.text(C.clashesWith.rawValue)
            if kind == .restriction && clash == nil {
                cells.fail(C.clashesWith.rawValue, "a restriction must name the condition it clashes with")
            } else if let kind, kind != .restriction, clash != nil {
                cells.fail(C.clashesWith.rawValue, "only restriction tags clash with a condition; this tag is a \(kind.code)")
            }
            guard !cells.failed, let code, let kind, let nl, let en else { continue }
            pending.append(PendingTag(tag: Tag(code: code, kind: kind, labelNL: nl, labelEN: en), clashesWith: clash, line: cells.row.line, row: cells.row))
        }
        log = cells.log
        var index: [String: Int] = [:]
        for (k, p) in pending.enumerated() { index[p.tag.code] = k }
        var list2 = pending.map(\.tag)
        for (k, p) in pending.enumerated() {
            guard let clash = p.clashesWith else { continue }
            if let target = index[clash], pending[target].tag.kind == .condition {
                list2[k].clashesWith = TagID(target)
            } else {
                var cells = Cells(row: p.row, reader: tags, log: log)
                cells.fail(TagColumn.clashesWith.rawValue, "{value} is not a condition tag in this file", value: ArraySlice(clash.utf8))
                log = cells.log
            }
        }
        return Taxonomy(competences: list, groups: groups.codes, tags: list2)
    }

    private static func code(_ cells: inout Cells, _ column: Int, seen: inout [String: Int]) -> String? {
        guard let b = cells.required(column) else { return nil }
        guard isCode(b) else {
            cells.fail(column, "{value} is not a code; use lower-case letters, digits and _", value: b)
            return nil
        }
        let code = String(decoding: b, as: UTF8.self)
        if let first = seen[code] {
            cells.fail(column, "{value} is defined twice (first on line \(first))", value: b)
            return nil
        }
        seen[code] = cells.row.line
        return code
    }

    static func competenceRows(_ taxonomy: Taxonomy) -> [[Cell]] {
        taxonomy.competences.map {
            [.codes($0.code), .text($0.labelNL), .text($0.labelEN), .codes(taxonomy.groups[Int($0.group.index)]), .text($0.escoURI ?? "")]
        }
    }

    static func tagRows(_ taxonomy: Taxonomy) -> [[Cell]] {
        taxonomy.tags.map {
            [.codes($0.code), .codes($0.kind.code), .text($0.labelNL), .text($0.labelEN), .codes($0.clashesWith.map { taxonomy[$0].code } ?? "")]
        }
    }
}
